package org.fashionlab.registry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.fashionlab.base.ui.DestructiveConfirm;
import org.fashionlab.base.ui.ErrorNotifier;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RunAccess;
import org.fashionlab.registry.RunArchive;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;

/**
 * The buttons in each row of the comparison table: rename, share with the class, download the
 * model, delete. Only what the signed-in person may do is offered; the rest stays read only.
 */
final class RunActions {

  private final RunAccess runs;
  private final TrainingQueue queue;
  private final RunArchive archive;
  private final Runnable onChange;

  RunActions(RunAccess runs, TrainingQueue queue, RunArchive archive, Runnable onChange) {
    this.runs = runs;
    this.queue = queue;
    this.archive = archive;
    this.onChange = onChange;
  }

  HorizontalLayout create(RunSummary run) {
    HorizontalLayout actions = new HorizontalLayout();
    actions.setSpacing(false);
    boolean manage = runs.canManage(run);
    boolean finished = run.status() == RunStatus.FINISHED;
    if (manage) {
      Button rename = icon(VaadinIcon.EDIT, "Rename " + run.name(), "rename");
      rename.addClickListener(e -> openRename(run));
      actions.add(rename);
    }
    if (finished && runs.isOwn(run)) {
      actions.add(createShare(run));
    }
    if (finished && !run.isTestLocked() && runs.canPredict(run.id())) {
      actions.add(createExport(run));
    }
    if (manage) {
      Button delete = icon(VaadinIcon.TRASH, "Delete " + run.name(), "delete");
      delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
      delete.addClickListener(e -> confirmDelete(run));
      actions.add(delete);
    }
    return actions;
  }

  /** Shares a finished run with the owner's classmates (they can look, not change), or stops. */
  private Button createShare(RunSummary run) {
    Button share =
        icon(
            run.shared() ? VaadinIcon.USERS : VaadinIcon.LOCK,
            run.shared()
                ? "Shared with your class: click to stop sharing " + run.name()
                : "Only you and your teacher see it: click to share " + run.name(),
            "share");
    share.addClickListener(
        e -> {
          runs.share(run.id(), !run.shared());
          onChange.run();
        });
    return share;
  }

  private static Button icon(VaadinIcon icon, String label, String className) {
    Button button = new Button(icon.create());
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
    button.setAriaLabel(label);
    button.setTooltipText(label);
    button.addClassName("fl-run-" + className);
    return button;
  }

  private Anchor createExport(RunSummary run) {
    DownloadHandler zip =
        event -> {
          event.setFileName(fileName(run.name()) + ".zip");
          event.setContentType("application/zip");
          archive.export(run.id(), event.getOutputStream());
        };
    Anchor export = new Anchor(zip, AttachmentType.DOWNLOAD, "");
    export.add(VaadinIcon.DOWNLOAD_ALT.create());
    export.setAriaLabel("Download the model of " + run.name());
    export.setTitle("Download the model (zip) of " + run.name());
    export.addClassName("fl-run-export");
    return export;
  }

  static String fileName(String name) {
    String safe = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
    return safe.isEmpty() ? "model" : safe;
  }

  private void openRename(RunSummary run) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Rename run");
    TextField name = new TextField("Name", run.name(), "");
    name.setId("rename-field");
    name.setMaxLength(80);
    name.setWidthFull();
    Button save = new Button("Save");
    save.setId("rename-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(
        e -> {
          try {
            runs.rename(run.id(), name.getValue());
            dialog.close();
            onChange.run();
          } catch (IllegalArgumentException ex) {
            name.setInvalid(true);
            name.setErrorMessage(ex.getMessage());
          }
        });
    dialog.add(name);
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
    dialog.open();
    name.focus();
  }

  private void confirmDelete(RunSummary run) {
    ConfirmDialog confirm =
        DestructiveConfirm.of(
            "Delete \"" + run.name() + "\"?",
            "The run, its metrics and its trained model are removed for good."
                + (run.status().isActive() ? " Its training stops." : ""),
            "Delete",
            () -> {
              try {
                queue.delete(run.id());
              } catch (java.util.NoSuchElementException ex) {
                ErrorNotifier.show("This run was already deleted.");
              }
              onChange.run();
            });
    confirm.setId("delete-confirm");
    confirm.open();
  }
}
