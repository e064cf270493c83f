/**
 * Knowledge flow: who interacts with whom across networks and departments. A scheduled
 * {@link org.guildhall.flow.FlowComputation} derives ties (comments, answers, thanks, endorsements,
 * co-edits) from the content tables into a new generation and publishes it whole; pages read the
 * published generation, trimmed by the same network audiences as the content each tie came from:
 * a person's {@link org.guildhall.flow.Connections}, the {@link org.guildhall.flow.Paths chains}
 * between two people, the {@link org.guildhall.flow.DepartmentMap map across departments},
 * {@link org.guildhall.flow.NetworkReach networks' reach} and, for HR, {@link org.guildhall.flow.Brokers}.
 */
package org.guildhall.flow;
