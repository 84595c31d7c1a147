package org.fashionlab;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kotlin.jvm.functions.Function0;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Opens a page in Karibu's browserless Vaadin over the Spring context, as the view tests do. */
public final class KaribuPages {

  private static final Map<Class<? extends Component>, Routes> ROUTES = new ConcurrentHashMap<>();

  private KaribuPages() {}

  /**
   * Mocks a Vaadin session and navigates to {@code route}. {@code view} is registered explicitly:
   * route discovery finds only public classes and the views are package-private. Close with {@link
   * MockVaadin#tearDown()}.
   */
  public static void open(
      ApplicationContext context, Class<? extends Component> view, String route) {
    Routes routes =
        ROUTES.computeIfAbsent(
            view,
            v -> {
              Routes discovered = new Routes().autoDiscoverViews("org.fashionlab");
              discovered.getRoutes().add(v);
              return discovered;
            });
    Function0<UI> uiFactory = UI::new;
    MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    UI.getCurrent().navigate(route);
  }

  /**
   * Like {@link #open(ApplicationContext, Class, String)} with every page of the app registered,
   * for tests that navigate from one page to another.
   */
  public static void openApp(ApplicationContext context, String route) {
    Routes routes = ROUTES.computeIfAbsent(Component.class, v -> allPages());
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

  /** The one component of {@code type} with {@code id} on the current page. */
  public static <T extends Component> T byId(Class<T> type, String id) {
    return _get(type, spec -> spec.withId(id));
  }
}
