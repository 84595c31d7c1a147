package org.fashionlab.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A mistyped address: says so inside the usual shell and lists the pages, instead of Vaadin's bare
 * production message (or the route list development mode shows).
 */
@PermitAll
@ParentLayout(MainLayout.class)
@PageTitle("Page not found · Fashion Lab")
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

  private final Paragraph message = new Paragraph();

  public NotFoundView() {
    addClassName("fl-page");
    setId("not-found");
    message.setId("not-found-message");
    UnorderedList pages = new UnorderedList();
    pages.setId("not-found-pages");
    MenuConfiguration.getMenuEntries()
        .forEach(e -> pages.add(new ListItem(new Anchor(e.path(), e.title()))));
    add(new H2("Page not found"), message, new Paragraph("These are the pages:"), pages);
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> error) {
    String path = event.getLocation().getPathWithQueryParameters();
    message.setText("There is no page at /" + path + ". Check the address, or pick a page.");
    return HttpServletResponse.SC_NOT_FOUND;
  }
}
