package org.fashionlab.registry;

import org.fashionlab.account.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs stored before accounts existed belong to nobody; at start they are given to the first
 * teacher (whom the start creates on such a database), so they stay visible and manageable.
 */
@Component
@Order(10)
class OwnerlessRuns implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(OwnerlessRuns.class);

  private final Accounts accounts;
  private final RunLedger ledger;

  OwnerlessRuns(Accounts accounts, RunLedger ledger) {
    this.accounts = accounts;
    this.ledger = ledger;
  }

  @Override
  public void run(ApplicationArguments args) {
    accounts
        .firstTeacher()
        .ifPresent(
            teacher -> {
              int adopted = ledger.adoptOwnerless(teacher.id(), teacher.username());
              if (adopted > 0) {
                log.info("Gave {} runs from before accounts to {}", adopted, teacher.username());
              }
            });
  }
}
