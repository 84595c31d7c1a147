package org.fashionlab.dataset.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.fashionlab.base.ui.PixelImage;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.FashionClass;
import org.fashionlab.dataset.Split;

/** One image enlarged, with its class, its R and 0-based positions and a way to its pixels. */
final class LargeImageDialog extends Dialog {

  LargeImageDialog(DatasetService datasets, Split split, int index, Runnable showPixels) {
    String name = FashionClass.of(datasets.label(split, index)).label();
    setId("large-image");
    setHeaderTitle("%s image #%,d: %s".formatted(SplitChoice.label(split), index + 1, name));
    PixelImage image = new PixelImage(datasets.pixels(split, index), 12, name);
    image.addClassName("fl-large-image");
    add(
        image,
        new Paragraph(
            "R: %s[%d, , ] · Java/Python index %d"
                .formatted(SplitChoice.rName(split), index + 1, index)));
    Button pixels =
        new Button(
            "Show its pixels",
            e -> {
              close();
              showPixels.run();
            });
    pixels.setId("show-pixels");
    pixels.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Close", e -> close()), pixels);
  }
}
