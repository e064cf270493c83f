package org.guildhall.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.people.HrDirectory;
import org.guildhall.people.HrRecord;

/**
 * Runs an HR directory job in three phases: people (created or updated, {@value #CHUNK} rows per
 * transaction), managers (once everyone exists, so a manager may appear anywhere in the file;
 * unknown managers and cycles are rejected), and, for a full import, who left. The whole file is
 * kept in view (employee ids, managers, emails), so a node that takes the job over starts it again
 * from the top; that is safe because applying a row twice changes nothing.
 */
@ApplicationScoped
class HrImport {

    static final int CHUNK = 500;

    @Inject
    HrDirectory directory;

    @Inject
    ImportJobs jobs;

    @Inject
    HrImport self;

    @Inject
    org.guildhall.persistence.Statistics statistics;

    boolean run(ImportJob job, String node) throws IOException {
        jobs.restartCounts(job.id(), node);
        if (!jobs.enter(job.id(), node, ImportJob.Phase.PEOPLE)) {
            return false;
        }
        var managerOf = new LinkedHashMap<String, String>();
        var lineOf = new HashMap<String, Long>();
        var listed = new HashSet<String>();
        if (!people(job, node, managerOf, lineOf, listed) || !jobs.enter(job.id(), node, ImportJob.Phase.MANAGERS)
                || !managers(job, node, managerOf, lineOf)) {
            return false;
        }
        // A full import marks as left only people the file does not list at all: a row rejected
        // for a bad field still names someone who works here. A file with no row accepted marks nobody.
        if (job.fullImport() && !managerOf.isEmpty()) {
            if (!jobs.enter(job.id(), node, ImportJob.Phase.LEAVERS)) {
                return false;
            }
            var gone = directory.employeeIds();
            gone.removeAll(listed);
            directory.markLeft(gone);
        }
        return true;
    }

    private boolean people(ImportJob job, String node, Map<String, String> managerOf, Map<String, Long> lineOf,
                           Set<String> listed) throws IOException {
        var emails = new HashSet<String>();
        var chunk = new ArrayList<HrRecord>(CHUNK);
        var rejected = new ArrayList<Rejected>();
        try (var reader = ImportFiles.open(job.filePath()); var parser = HrFile.parse(reader)) {
            long done = 0;
            for (var row : parser) {
                done++;
                long line = parser.getCurrentLineNumber();
                if (row.isMapped("employee_id") && row.isSet("employee_id")) {
                    listed.add(row.get("employee_id").strip());
                }
                try {
                    var record = HrFile.read(row);
                    if (lineOf.containsKey(record.employeeId())) {
                        throw new BadRecord("employee_id", "Employee " + record.employeeId() + " is already on line "
                                + lineOf.get(record.employeeId()) + ".");
                    }
                    if (!emails.add(record.email().toLowerCase(java.util.Locale.ROOT))) {
                        throw new BadRecord("email", record.email() + " is already used on an earlier line.");
                    }
                    lineOf.put(record.employeeId(), line);
                    managerOf.put(record.employeeId(), record.managerId());
                    chunk.add(record);
                } catch (BadRecord e) {
                    rejected.add(new Rejected(line, e.field(), e.getMessage()));
                }
                if (chunk.size() + rejected.size() >= CHUNK) {
                    if (!commitPeople(job, node, done, chunk, rejected, lineOf)) {
                        return false;
                    }
                    if (done % 20_000 == 0) {
                        statistics.refresh("person", "outbox"); // lookups by employee id and email stay index scans
                    }
                }
            }
            boolean ended = commitPeople(job, node, done, chunk, rejected, lineOf);
            statistics.refresh("person", "outbox");
            return ended;
        }
    }

    private boolean commitPeople(ImportJob job, String node, long done, List<HrRecord> chunk, List<Rejected> rejected,
                                 Map<String, Long> lineOf) {
        try {
            return self.applyPeople(job.id(), node, done, chunk, rejected);
        } catch (RuntimeException whole) {
            var tally = Tally.NONE;
            for (var record : chunk) {
                try {
                    var applied = self.applyOne(record);
                    tally = tally.plus(new Tally(applied.changed(), applied.unchanged(), 0));
                } catch (RuntimeException e) {
                    rejected.add(new Rejected(lineOf.get(record.employeeId()), "employee_id", "Employee " + record.employeeId() + " could not be saved: "
                            + ContentImport.rootMessage(e)));
                }
            }
            return jobs.progressAlone(job.id(), node, done, tally.plus(new Tally(0, 0, rejected.size())), rejected);
        } finally {
            chunk.clear();
            rejected.clear();
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean applyPeople(long jobId, String node, long done, List<HrRecord> chunk, List<Rejected> rejected) {
        if (!jobs.hold(jobId, node)) {
            return false;
        }
        var applied = directory.apply(chunk);
        return jobs.progress(jobId, node, done, new Tally(applied.changed(), applied.unchanged(), rejected.size()), rejected);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public HrDirectory.Applied applyOne(HrRecord record) {
        return directory.apply(List.of(record));
    }

    /** Links managers; a manager nobody knows, or one that would make a cycle, is rejected on the row naming them. */
    private boolean managers(ImportJob job, String node, Map<String, String> managerOf, Map<String, Long> lineOf) {
        var known = directory.employeeIds();
        var rejected = new ArrayList<Rejected>();
        var links = new LinkedHashMap<String, String>();
        for (var entry : managerOf.entrySet()) {
            var manager = entry.getValue();
            if (manager != null && !known.contains(manager)) {
                rejected.add(new Rejected(lineOf.get(entry.getKey()), "manager_id",
                        "No employee " + manager + " in this file or in Guildhall; the manager was left empty."));
                manager = null;
            } else if (manager != null && inCycle(entry.getKey(), managerOf)) {
                rejected.add(new Rejected(lineOf.get(entry.getKey()), "manager_id",
                        "Managers would go round in a circle (" + entry.getKey() + " → " + manager + " → … → " + entry.getKey()
                                + "); the manager was left empty."));
                manager = null;
            }
            links.put(entry.getKey(), manager);
            if (links.size() == CHUNK) {
                if (!self.link(job.id(), node, links, rejected)) {
                    return false;
                }
                links.clear();
                rejected.clear();
            }
        }
        return self.link(job.id(), node, links, rejected);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean link(long jobId, String node, Map<String, String> links, List<Rejected> rejected) {
        if (!jobs.hold(jobId, node)) {
            return false;
        }
        directory.linkManagers(links);
        // Manager problems do not reject the person (they were imported): they are reported, not counted.
        return jobs.progress(jobId, node, 0, Tally.NONE, rejected);
    }

    private static boolean inCycle(String employee, Map<String, String> managerOf) {
        Set<String> seen = new HashSet<>();
        for (var at = managerOf.get(employee); at != null; at = managerOf.get(at)) {
            if (at.equals(employee) || !seen.add(at)) {
                return at.equals(employee);
            }
        }
        return false;
    }

}
