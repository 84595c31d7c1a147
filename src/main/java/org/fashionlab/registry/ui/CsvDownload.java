package org.fashionlab.registry.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.fashionlab.registry.RunCsv;
import org.fashionlab.registry.RunSummary;

/** A link that downloads the rows the table shows, in its order, as CSV. */
final class CsvDownload extends Composite<Anchor> {

  static final String FILE_NAME = "fashion-lab-models.csv";

  CsvDownload(Supplier<List<RunSummary>> rows) {
    DownloadHandler csv =
        event -> {
          List<RunSummary> shown = rows.get();
          event.setFileName(FILE_NAME);
          event.setContentType("text/csv; charset=utf-8");
          event.getOutputStream().write(RunCsv.write(shown).getBytes(StandardCharsets.UTF_8));
        };
    Anchor link = getContent();
    link.setHref(csv, AttachmentType.DOWNLOAD);
    link.add(VaadinIcon.DOWNLOAD.create(), new Span(" CSV"));
    link.setId("csv-download");
    link.setTitle("Download the table (the filtered rows) as CSV");
  }
}
