package org.fashionlab.queue;

/**
 * This process in the queue: the name db-scheduler records on the executions it picks (and the run
 * rows record as their worker), with the host and process id behind it.
 */
record WorkerIdentity(String name, String host, long pid) {}
