package org.fashionlab.classify.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.fashionlab.base.ui.PixelImage;
import org.fashionlab.classify.ModelPrediction;
import org.fashionlab.classify.UploadRecord;

/**
 * Earlier uploads with what the models said; each can be deleted. Every cell is drawn in the
 * browser from the row's data (no component per row): a grid sends all its rows again whenever its
 * items change, even for one row added, and then it was a picture and a button component per row.
 */
final class UploadHistory extends Composite<Grid<UploadRecord>> {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  /** Each shown upload's network input as a PNG data URL: encoded once, not on every refresh. */
  private Map<UUID, String> inputs = new HashMap<>();

  UploadHistory(Consumer<UploadRecord> onDelete) {
    Grid<UploadRecord> grid = getContent();
    grid.setId("upload-history");
    grid.setAllRowsVisible(true);
    // Every model's answer must be readable: long lists wrap instead of ending in "...".
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(
            LitRenderer.<UploadRecord>of(
                    "<img class=\"fl-pixel-image\" src=${item.input} alt=\"network input\">")
                .withProperty("input", u -> inputs.get(u.id())))
        .setHeader("Input")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(u -> TIME.format(u.createdAt())).setHeader("Uploaded").setAutoWidth(true);
    grid.addColumn(UploadRecord::owner).setHeader("By").setAutoWidth(true);
    grid.addColumn(UploadHistory::file).setHeader("File").setAutoWidth(true);
    grid.addColumn(UploadHistory::answers).setHeader("Predictions").setFlexGrow(1);
    grid.addColumn(
            LitRenderer.<UploadRecord>of(
                    "<vaadin-button theme=\"tertiary error icon\" aria-label=\"Delete upload\""
                        + " @click=${remove}><vaadin-icon icon=\"vaadin:trash\"></vaadin-icon>"
                        + "</vaadin-button>")
                .withFunction("remove", onDelete::accept))
        .setKey("delete")
        .setAutoWidth(true)
        .setFlexGrow(0);
  }

  /** Shows these uploads, newest first. */
  void show(List<UploadRecord> uploads) {
    Map<UUID, String> encoded = new HashMap<>();
    for (UploadRecord u : uploads) {
      String known = inputs.get(u.id());
      encoded.put(u.id(), known != null ? known : PixelImage.dataUrl(u.input(), 1));
    }
    inputs = encoded; // the pictures of uploads no longer shown go
    getContent().setItems(uploads).setIdentifierProvider(UploadRecord::id);
  }

  private static String file(UploadRecord u) {
    return u.format().toUpperCase()
        + ", "
        + u.width()
        + "x"
        + u.height()
        + ", "
        + Math.max(1, u.sizeBytes() / 1024)
        + " KB";
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
