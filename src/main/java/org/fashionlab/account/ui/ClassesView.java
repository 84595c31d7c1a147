package org.fashionlab.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.fashionlab.account.AccountRefusedException;
import org.fashionlab.account.AccountRules;
import org.fashionlab.account.Accounts;
import org.fashionlab.account.ClassSummary;
import org.fashionlab.account.Classes;
import org.fashionlab.base.ui.ErrorNotifier;
import org.fashionlab.base.ui.MainLayout;
import org.fashionlab.security.CurrentUser;

/** A teacher's classes: create one and get its join code, open one to manage its members. */
@Route(value = "classes", layout = MainLayout.class)
@PageTitle("Classes · Fashion Lab")
@Menu(order = 6, icon = "vaadin:users", title = "Classes")
@RolesAllowed("TEACHER")
class ClassesView extends Div {

  private final Classes classes;
  private final Accounts accounts;
  private final UUID teacherId;
  private final TextField name = new TextField("New class");
  private final Button create = new Button("Create class", VaadinIcon.PLUS.create());
  private final Grid<ClassSummary> grid = new Grid<>();

  ClassesView(Classes classes, Accounts accounts, CurrentUser currentUser) {
    this.classes = classes;
    this.accounts = accounts;
    this.teacherId = currentUser.require().id();
    addClassName("fl-classes-view");
    configureCreate();
    configureGrid();
    Div createRow = new Div(name, create);
    createRow.addClassName("fl-classes-create");
    add(
        new H2("Classes"),
        new Paragraph(
            "Create a class, then give its join code to your students: they sign up with it on"
                + " the sign-in page. Open a class to see its members, reset passwords or import a"
                + " roster."),
        createRow,
        grid);
    refresh();
  }

  private void configureCreate() {
    name.setId("class-name");
    name.setPlaceholder("e.g. Lab 5, Tuesday group");
    name.setMaxLength(AccountRules.MAX_DISPLAY_NAME);
    create.setId("create-class");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(e -> create());
  }

  private void configureGrid() {
    grid.setId("classes-grid");
    grid.addColumn(ClassSummary::name).setHeader("Class").setAutoWidth(true).setFlexGrow(1);
    grid.addColumn(ClassSummary::joinCode).setHeader("Join code").setAutoWidth(true);
    grid.addColumn(ClassSummary::students).setHeader("Students").setAutoWidth(true);
    grid.addColumn(ClassSummary::teachers).setHeader("Teachers").setAutoWidth(true);
    grid.setAllRowsVisible(true);
    grid.addItemClickListener(e -> open(e.getItem().id()));
  }

  private void create() {
    try {
      ClassSummary created = classes.create(teacherId, name.getValue());
      name.clear();
      open(created.id());
    } catch (AccountRefusedException e) {
      ErrorNotifier.show(e.getMessage());
    }
  }

  private void open(UUID classId) {
    getUI().ifPresent(ui -> ui.navigate(ClassView.class, ClassView.parameters(classId)));
  }

  private void refresh() {
    grid.setItems(accounts.classesOf(teacherId));
  }
}
