package org.fashionlab.classify;

import org.fashionlab.account.Accounts;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Uploads stored before accounts existed go to the first teacher at start. */
@Component
@Order(10)
class OwnerlessUploads implements ApplicationRunner {

  private final Accounts accounts;
  private final UploadStore store;

  OwnerlessUploads(Accounts accounts, UploadStore store) {
    this.accounts = accounts;
    this.store = store;
  }

  @Override
  public void run(ApplicationArguments args) {
    accounts.firstTeacher().ifPresent(t -> store.adoptOwnerless(t.id(), t.username()));
  }
}
