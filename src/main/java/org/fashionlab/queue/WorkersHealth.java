package org.fashionlab.queue;

import java.util.List;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Actuator's "workers" health: up while at least one process that trains sends its heartbeat; out
 * of service when none does (pages still work, but no run would start).
 */
@Component("workers")
class WorkersHealth implements HealthIndicator {

  private final WorkerRegistry registry;

  WorkersHealth(WorkerRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Health health() {
    List<WorkerRegistry.WorkerStatus> workers = registry.workers();
    List<WorkerRegistry.WorkerStatus> alive =
        workers.stream().filter(WorkerRegistry.WorkerStatus::alive).toList();
    Health.Builder health = alive.isEmpty() ? Health.outOfService() : Health.up();
    return health
        .withDetail("alive", alive.size())
        .withDetail("known", workers.size())
        .withDetail(
            "workers",
            alive.stream()
                .map(
                    w ->
                        w.name()
                            + (w.currentRun() == null
                                ? " (idle)"
                                : " (training " + w.currentRun() + ")"))
                .toList())
        .build();
  }
}
