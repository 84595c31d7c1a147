package org.fashionlab.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.fashionlab.security.CurrentUser;
import org.fashionlab.security.SignedInUser;

/**
 * The application shell: app name and the signed-in user's menu in the navbar, pages in a side
 * navigation. Pages put themselves in the menu with {@code @Menu}, and Vaadin leaves out those the
 * user's role may not open, so the shell knows no feature.
 */
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

  public static final String APP_NAME = "Fashion Lab";

  /** Route of the profile page (password, access tokens), linked from the user menu. */
  public static final String PROFILE_ROUTE = "profile";

  public MainLayout(AuthenticationContext authentication, CurrentUser currentUser) {
    setPrimarySection(Section.DRAWER);
    addToNavbar(new DrawerToggle(), createTitle());
    currentUser.get().ifPresent(user -> addToNavbar(createUserMenu(user, authentication)));
    addToDrawer(createSideNav());
  }

  /**
   * Scrolls to the section an address names after '#' (links such as learn#cross-entropy): the
   * browser cannot do it itself, because the page's content arrives after the address.
   */
  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    getElement()
        .executeJs(
            "setTimeout(() => { const id = decodeURIComponent(location.hash.substring(1));"
                + " const target = id && document.getElementById(id);"
                + " if (target) target.scrollIntoView({block: 'start'}); }, 100)");
  }

  private HorizontalLayout createTitle() {
    Span name = new Span(APP_NAME);
    name.addClassName("fl-app-name");
    HorizontalLayout title = new HorizontalLayout(new Icon("vaadin", "grid-small"), name);
    title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    title.addClassName("fl-app-title");
    return title;
  }

  /** Who is signed in (display name as text, never HTML), their role, profile and sign-out. */
  private static Div createUserMenu(SignedInUser user, AuthenticationContext authentication) {
    Span name = new Span(user.displayName());
    name.setId("user-name");
    Span role = new Span(user.role().name().toLowerCase(Locale.ROOT));
    role.setId("user-role");
    role.addClassName("fl-user-role");
    Div label = new Div(VaadinIcon.USER.create(), name, role);
    label.addClassName("fl-user-label");
    MenuBar bar = new MenuBar();
    bar.setId("user-menu");
    bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
    MenuItem top = bar.addItem(label);
    SubMenu items = top.getSubMenu();
    items
        .addItem("Profile", e -> bar.getUI().ifPresent(ui -> ui.navigate(PROFILE_ROUTE)))
        .setId("menu-profile");
    items.addItem("Sign out", e -> authentication.logout()).setId("menu-sign-out");
    Div menu = new Div(bar);
    menu.addClassName("fl-user-menu");
    return menu;
  }

  private SideNav createSideNav() {
    SideNav nav = new SideNav();
    nav.addClassName("fl-side-nav");
    MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(createItem(entry)));
    return nav;
  }

  private static SideNavItem createItem(MenuEntry entry) {
    SideNavItem item = new SideNavItem(entry.title(), entry.path());
    if (entry.icon() != null && !entry.icon().isBlank()) {
      item.setPrefixComponent(new Icon(entry.icon()));
    }
    return item;
  }
}
