package org.fashionlab.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.fashionlab.TestAccounts;
import org.fashionlab.account.Accounts;
import org.fashionlab.account.ClassSummary;
import org.fashionlab.account.Classes;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RegistryFixtures;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** What every database must keep of assignments (V14); run against H2 and PostgreSQL. */
abstract class AssignmentStoreContract {

  @Autowired ApplicationContext context;
  @Autowired Accounts accounts;
  @Autowired Classes classes;
  @Autowired Assignments assignments;
  @Autowired Submissions submissions;
  @Autowired Leaderboards leaderboards;
  @Autowired HandIns handIns;
  @Autowired TrainingQueue queue;
  @Autowired RunService runs;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void anAssignmentItsSubmissionAndAnAnswerRoundTripEveryColumn() {
    TestAccounts.TEACHER.ensure(context);
    UUID teacher = accounts.find(TestAccounts.TEACHER.username).orElseThrow().id();
    ClassSummary c = classes.create(teacher, "Store class");
    classes.join(c.joinCode(), "store-eve", "Eve", TestAccounts.PASSWORD);
    RunSummary run =
        RegistryFixtures.awaitDone(
            runs, queue.submit(RegistryFixtures.quickMlp(300, 1), "store-eve").id());
    Instant due = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    Target target = new Target(0.1, 0.2, 200_000L, ModelKind.MLP, 3);

    TestAccounts.TEACHER.signIn(context);
    AssignmentSummary created =
        assignments.create(
            new NewAssignment(c.id(), "Stored", "Text\nlines", due, false, target, HandIn.LAB5));
    TestAccounts.signInAs(context, "store-eve");
    AssignmentSummary read = assignments.get(created.id());
    assertThat(read.target()).isEqualTo(target);
    assertThat(read.dueAt()).isEqualTo(due);
    assertThat(read.lockedTestSet()).isFalse();
    assertThat(read.instructions()).isEqualTo("Text\nlines");
    assertThat(read.handIn()).isEqualTo(HandIn.LAB5);

    submissions.submit(created.id(), run.id());
    handIns.answer(created.id(), "q1", "ŷ = softmax(W₂ relu(W₁x + b₁) + b₂)");
    Leaderboard board = leaderboards.of(created.id());
    assertThat(board.rows()).hasSize(1);
    assertThat(board.rows().get(0).best().runId()).isEqualTo(run.id());
    assertThat(board.rows().get(0).best().late()).isFalse();
    assertThat(handIns.mine(created.id()).steps().get(0).answer())
        .isEqualTo("ŷ = softmax(W₂ relu(W₁x + b₁) + b₂)");
  }
}
