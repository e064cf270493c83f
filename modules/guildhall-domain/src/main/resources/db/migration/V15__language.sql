-- The language a person chose for pages and mail; null follows their browser (and English in mail).
alter table person add column language varchar(8);
