package org.fashionlab.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the API takes the caller for: a quick check of credentials for scripts. */
@RestController
@Tag(name = "Account", description = "The signed-in caller")
class MeController {

  private final CurrentUser currentUser;

  MeController(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @GetMapping("/api/me")
  @Operation(summary = "The signed-in account: id, username, display name, role and class ids")
  SignedInUser me() {
    return currentUser.require();
  }
}
