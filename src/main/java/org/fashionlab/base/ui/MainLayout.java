package org.fashionlab.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

/**
 * The application shell: app name in the navbar, pages in a side navigation. Pages put themselves
 * in the menu with {@code @Menu}, so the shell knows no feature.
 */
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

  public static final String APP_NAME = "Fashion Lab";

  public MainLayout() {
    setPrimarySection(Section.DRAWER);
    addToNavbar(new DrawerToggle(), createTitle());
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
