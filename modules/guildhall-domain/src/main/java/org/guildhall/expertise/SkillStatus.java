package org.guildhall.expertise;

/** Whether a skill is offered: retired skills stay on profiles but are not offered; merged ones live on in another. */
public enum SkillStatus {
    ACTIVE, RETIRED, MERGED
}
