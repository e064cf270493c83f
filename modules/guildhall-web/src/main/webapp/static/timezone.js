// Tells Guildhall the reader's time zone (a cookie the server reads to show dates and to read the
// times typed into forms), and shows it next to date-time fields. Without script: UTC.
(function () {
  let zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  if (!zone) {
    return;
  }
  const cookie = 'gh_tz=' + encodeURIComponent(zone);
  if (document.cookie.split('; ').indexOf(cookie) < 0) {
    document.cookie = cookie + '; path=/; max-age=31536000; SameSite=Lax';
  }
  document.querySelectorAll('input[data-timezone]').forEach(function (input) {
    input.value = zone;
  });
  document.querySelectorAll('[data-timezone-label]').forEach(function (label) {
    label.textContent = zone;
  });
})();
