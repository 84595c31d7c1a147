package org.fashionlab;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kotlin.jvm.functions.Function0;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Opens a page in Karibu's browserless Vaadin over the Spring context, signed in, as the view tests
 * do. Karibu runs no servlet filters, so the faked request takes its user and roles from Spring
 * Security's context, as Spring's request wrapper does in a real server; Vaadin's view access
 * checks ({@code @PermitAll}, {@code @RolesAllowed}) then see that user.
 */
public final class KaribuPages {

  private static final Map<List<Class<? extends Component>>, Routes> ROUTES =
      new ConcurrentHashMap<>();

  static {
    MockVaadin.setMockRequestFactory(SignedInRequest::new);
  }

  private KaribuPages() {}

  /** {@link #open(ApplicationContext, Class, String, TestAccounts)} as the test student. */
  public static void open(
      ApplicationContext context, Class<? extends Component> view, String route) {
    open(context, view, route, TestAccounts.STUDENT);
  }

  /**
   * Signs {@code account} in, mocks a Vaadin session and navigates to {@code route}. {@code view}
   * is registered explicitly: route discovery finds only public classes and the views are
   * package-private, and so are {@code otherViews} the test navigates to. Close with {@link
   * #close()}.
   */
  @SafeVarargs
  public static void open(
      ApplicationContext context,
      Class<? extends Component> view,
      String route,
      TestAccounts account,
      Class<? extends Component>... otherViews) {
    account.signIn(context);
    List<Class<? extends Component>> views = new ArrayList<>(List.of(otherViews));
    views.add(0, view);
    Routes routes =
        ROUTES.computeIfAbsent(
            views,
            v -> {
              Routes discovered = new Routes().autoDiscoverViews("org.fashionlab");
              discovered.getRoutes().addAll(v);
              return discovered;
            });
    Function0<UI> uiFactory = UI::new;
    MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    UI.getCurrent().navigate(route);
  }

  /**
   * Like {@link #open(ApplicationContext, Class, String)} (as the test student) with every page of
   * the app registered, for tests that navigate from one page to another.
   */
  public static void openApp(ApplicationContext context, String route) {
    TestAccounts.STUDENT.signIn(context);
    Routes routes = ROUTES.computeIfAbsent(List.of(Component.class), v -> allPages());
    Function0<UI> uiFactory = UI::new;
    MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    UI.getCurrent().navigate(route);
  }

  @SuppressWarnings("unchecked")
  private static Routes allPages() {
    Routes routes = new Routes().autoDiscoverViews("org.fashionlab");
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
    for (BeanDefinition page : scanner.findCandidateComponents("org.fashionlab")) {
      try {
        routes.getRoutes().add((Class<? extends Component>) Class.forName(page.getBeanClassName()));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return routes;
  }

  /** Ends the mocked session and signs out, so no user is left on the test thread. */
  public static void close() {
    MockVaadin.tearDown();
    SecurityContextHolder.clearContext();
  }

  /** The one component of {@code type} with {@code id} on the current page. */
  public static <T extends Component> T byId(Class<T> type, String id) {
    return _get(type, spec -> spec.withId(id));
  }

  /** A faked request whose user is whoever Spring Security's context holds. */
  private static final class SignedInRequest extends FakeRequest {

    SignedInRequest(FakeHttpSession session) {
      super(session);
    }

    @Override
    public Principal getUserPrincipal() {
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      return authentication == null
              || new AuthenticationTrustResolverImpl().isAnonymous(authentication)
          ? null
          : authentication;
    }

    @Override
    public boolean isUserInRole(String role) {
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      return getUserPrincipal() != null
          && authentication.getAuthorities().stream()
              .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }
  }
}
