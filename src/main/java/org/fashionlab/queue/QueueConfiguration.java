package org.fashionlab.queue;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import org.fashionlab.account.Accounts;
import org.fashionlab.registry.RunLedger;
import org.fashionlab.registry.RunLosses;
import org.fashionlab.security.Role;
import org.fashionlab.training.RunTrainer;
import org.fashionlab.training.TrainedModels;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the queue onto db-scheduler (its Spring Boot starter builds the scheduler from the task
 * bean here, on the application's DataSource): the "train-run" task, this process's name, and the
 * thread that writes training progress.
 */
@Configuration
class QueueConfiguration {

  @Bean
  WorkerIdentity workerIdentity(QueueProperties properties) {
    return new WorkerIdentity(
        properties.workerName().isBlank() ? hostName() + "-" + pid() : properties.workerName(),
        hostName(),
        pid());
  }

  @Bean
  DbSchedulerCustomizer schedulerName(WorkerIdentity identity) {
    return new DbSchedulerCustomizer() {
      @Override
      public Optional<SchedulerName> schedulerName() {
        return Optional.of(new SchedulerName.Fixed(identity.name()));
      }
    };
  }

  @Bean
  FairShare fairShare(
      JdbcTemplate jdbc,
      RunLedger ledger,
      ObjectProvider<SchedulerClient> schedulers,
      QueueProperties properties) {
    return new FairShare(jdbc, ledger, schedulers, properties.maxRunningPerOwner());
  }

  @Bean
  RunSignals runSignals(
      DataSource dataSource,
      JdbcTemplate jdbc,
      DataSourceProperties datasource,
      Environment environment)
      throws SQLException {
    String product;
    try (Connection c = dataSource.getConnection()) {
      product = c.getMetaData().getDatabaseProductName();
    }
    if (!"PostgreSQL".equals(product)) {
      return new LocalSignals();
    }
    return new PostgresSignals(
        jdbc,
        datasource.determineUrl(),
        datasource.determineUsername(),
        datasource.determinePassword(),
        ProcessRole.of(environment).serves());
  }

  /**
   * The client a web process schedules and cancels with (it runs no scheduler, so it never picks a
   * training). On the other roles the scheduler itself is the client.
   */
  @Bean
  @ConditionalOnProperty(name = ProcessRole.PROPERTY, havingValue = "web")
  SchedulerClient webSchedulerClient(DataSource dataSource, List<Task<?>> tasks) {
    return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
        .enablePriority()
        .build();
  }

  /** Teachers' runs go first: a demonstration in class need not wait behind 30 students. */
  @Bean
  PriorityPolicy priorityPolicy(Accounts accounts) {
    return owner ->
        accounts
            .find(owner)
            .filter(a -> a.role() == Role.TEACHER)
            .map(a -> PriorityPolicy.PREFERRED)
            .orElse(PriorityPolicy.NORMAL);
  }

  @Bean
  WorkerActivity workerActivity() {
    return new WorkerActivity();
  }

  @Bean(destroyMethod = "shutdownNow")
  ScheduledExecutorService progressFlusher() {
    return Executors.newSingleThreadScheduledExecutor(
        r -> {
          Thread thread = new Thread(r, "progress-writer");
          thread.setDaemon(true);
          return thread;
        });
  }

  @Bean
  Task<Void> trainRunTask(
      RunLedger ledger,
      RunLosses losses,
      RunTrainer trainer,
      TrainedModels models,
      FairShare fairShare,
      TransactionTemplate tx,
      RunFeed feed,
      QueueProperties properties,
      WorkerIdentity identity,
      ScheduledExecutorService progressFlusher,
      WorkerActivity activity,
      QueueMetrics metrics) {
    TrainRunTask task =
        new TrainRunTask(
            ledger,
            losses,
            trainer,
            models,
            fairShare,
            tx,
            feed,
            properties,
            identity.name(),
            progressFlusher,
            activity,
            metrics);
    return Tasks.custom(TrainRunTask.NAME, Void.class)
        .onDeadExecution(task::deadExecution)
        // The handler catches everything; this only covers the database failing at the start.
        .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(10)))
        .execute(task::execute);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  private static long pid() {
    return ManagementFactory.getRuntimeMXBean().getPid();
  }
}
