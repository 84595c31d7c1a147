package org.fashionlab.tune;

import org.fashionlab.account.Accounts;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Studies stored before accounts existed go to the first teacher at start. */
@Component
@Order(10)
class OwnerlessStudies implements ApplicationRunner {

  private final Accounts accounts;
  private final StudyService studies;

  OwnerlessStudies(Accounts accounts, StudyService studies) {
    this.accounts = accounts;
    this.studies = studies;
  }

  @Override
  public void run(ApplicationArguments args) {
    accounts.firstTeacher().ifPresent(t -> studies.adoptOwnerless(t.id(), t.username()));
  }
}
