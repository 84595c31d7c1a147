package org.fashionlab.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fashionlab.TestAccounts;
import org.fashionlab.account.Accounts;
import org.fashionlab.account.Classes;
import org.fashionlab.registry.H2WebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

@H2WebTest
class CurrentUserTest {

  @Autowired CurrentUser currentUser;
  @Autowired Accounts accounts;
  @Autowired Classes classes;
  @Autowired ApplicationContext context;

  @BeforeEach
  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void theSignedInUserIsReadAfreshWithTheirClasses() {
    TestAccounts.TEACHER.signIn(context);
    SignedInUser teacher = currentUser.require();
    assertThat(teacher.username()).isEqualTo(TestAccounts.TEACHER.username);
    assertThat(teacher.displayName()).isEqualTo(TestAccounts.TEACHER.displayName);
    assertThat(teacher.role()).isEqualTo(Role.TEACHER);
    assertThat(teacher.isTeacher()).isTrue();

    var lab = classes.create(teacher.id(), "Fresh class");

    assertThat(currentUser.require().classIds()).contains(lab.id());
    assertThat(currentUser.username()).isEqualTo(TestAccounts.TEACHER.username);
  }

  @Test
  void nobodyIsSignedInForAnAnonymousRequestOrOutsideOne() {
    assertThat(currentUser.get()).isEmpty();
    SecurityContextHolder.getContext()
        .setAuthentication(
            new AnonymousAuthenticationToken(
                "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    assertThat(currentUser.get()).isEmpty();
    assertThatThrownBy(currentUser::require)
        .isInstanceOf(InsufficientAuthenticationException.class)
        .hasMessage("Please sign in first.");
  }
}
