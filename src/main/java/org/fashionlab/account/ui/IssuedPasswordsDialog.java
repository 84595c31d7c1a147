package org.fashionlab.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fashionlab.account.IssuedPassword;

/**
 * Generated passwords, shown this once (only their hashes are kept): a table to read out and a CSV
 * to download and hand out.
 */
final class IssuedPasswordsDialog extends Dialog {

  IssuedPasswordsDialog(String title, List<IssuedPassword> issued) {
    setHeaderTitle(title);
    setId("issued-passwords");
    Grid<IssuedPassword> grid = new Grid<>();
    grid.setId("issued-grid");
    grid.addColumn(IssuedPassword::username).setHeader("Username").setAutoWidth(true);
    grid.addColumn(IssuedPassword::displayName).setHeader("Display name").setAutoWidth(true);
    grid.addColumn(IssuedPassword::password).setHeader("Password").setAutoWidth(true);
    grid.setItems(issued);
    grid.setAllRowsVisible(issued.size() <= 12);
    grid.setWidth("40em");
    DownloadHandler csv =
        event -> {
          event.setFileName("fashion-lab-passwords.csv");
          event.setContentType("text/csv; charset=utf-8");
          event
              .getOutputStream()
              .write(IssuedPassword.csv(issued).getBytes(StandardCharsets.UTF_8));
        };
    Anchor download = new Anchor(csv, AttachmentType.DOWNLOAD, "");
    download.add(VaadinIcon.DOWNLOAD.create(), new com.vaadin.flow.component.html.Span(" CSV"));
    download.setId("issued-download");
    add(
        new Paragraph(
            "Write these down or download them now: Fashion Lab keeps only a scrambled form and"
                + " cannot show them again."),
        grid,
        download);
    Button close = new Button("Done", e -> close());
    close.setId("issued-close");
    close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(close);
  }
}
