package org.fashionlab.classify.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.fashionlab.base.ui.PixelImage;
import org.fashionlab.classify.ModelPrediction;
import org.fashionlab.classify.UploadRecord;

/** Earlier uploads with what the models said; each can be deleted. */
final class UploadHistory extends Composite<Grid<UploadRecord>> {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  UploadHistory(Consumer<UploadRecord> onDelete) {
    Grid<UploadRecord> grid = getContent();
    grid.setId("upload-history");
    grid.setAllRowsVisible(true);
    // Every model's answer must be readable: long lists wrap instead of ending in "...".
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addComponentColumn(u -> new PixelImage(u.input(), 2, "network input"))
        .setHeader("Input")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(u -> TIME.format(u.createdAt())).setHeader("Uploaded").setAutoWidth(true);
    grid.addColumn(UploadRecord::owner).setHeader("By").setAutoWidth(true);
    grid.addColumn(
            u ->
                u.format().toUpperCase()
                    + ", "
                    + u.width()
                    + "x"
                    + u.height()
                    + ", "
                    + Math.max(1, u.sizeBytes() / 1024)
                    + " KB")
        .setHeader("File")
        .setAutoWidth(true);
    grid.addColumn(UploadHistory::answers).setHeader("Predictions").setFlexGrow(1);
    grid.addComponentColumn(
            u -> {
              Button delete = new Button(VaadinIcon.TRASH.create(), e -> onDelete.accept(u));
              delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
              delete.setAriaLabel("Delete upload");
              return delete;
            })
        .setAutoWidth(true)
        .setFlexGrow(0);
  }

  static String answers(UploadRecord upload) {
    if (upload.predictions().isEmpty()) {
      return "no models";
    }
    return upload.predictions().stream()
        .map(p -> p.runName() + ": " + best(p))
        .collect(Collectors.joining("; "));
  }

  private static String best(ModelPrediction p) {
    return p.best().className() + " " + PredictionBars.percent(p.best().probability());
  }
}
