package org.fashionlab.registry.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.util.Set;
import java.util.function.BiConsumer;
import org.fashionlab.registry.RunColumn;

/**
 * A "Columns" menu with a checkbox per column of the comparison table: the table shows what fits at
 * 1280 px, the rest is one click away.
 */
final class ColumnChooser extends Composite<MenuBar> {

  ColumnChooser(Set<RunColumn> shown, BiConsumer<RunColumn, Boolean> onToggle) {
    MenuBar bar = getContent();
    bar.setId("column-chooser");
    bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
    MenuItem columns = bar.addItem(VaadinIcon.TABLE.create());
    columns.add(" Columns");
    columns.setAriaLabel("Choose the columns of the table");
    SubMenu menu = columns.getSubMenu();
    for (RunColumn column : RunColumn.values()) {
      if (column == RunColumn.NAME) {
        continue; // a row without its name would be no row at all
      }
      MenuItem item = menu.addItem(column.header());
      item.setCheckable(true);
      item.setChecked(shown.contains(column));
      item.setKeepOpen(true);
      item.getElement().setAttribute("data-column", column.name());
      item.addClickListener(e -> onToggle.accept(column, item.isChecked()));
    }
  }
}
