package org.fashionlab.dataset.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.fashionlab.base.ui.MainLayout;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.DatasetStatistics;

/** The data before any model: counts, images, pixels, classes and label encoding. */
@PermitAll
@Route(value = "data", layout = MainLayout.class)
@PageTitle("Data · Fashion Lab")
@Menu(order = 1, icon = "vaadin:picture", title = "Data")
class DataView extends Div {

  DataView(DatasetService datasets, DatasetStatistics statistics) {
    addClassName("fl-page");
    PixelInspector pixels = new PixelInspector(datasets);
    ImageBrowser browser = new ImageBrowser(datasets, statistics, pixels::show);
    add(
        new H2("Fashion-MNIST"),
        new DatasetSummary(datasets),
        new RShapes(datasets),
        browser,
        pixels,
        new ClassOverview(datasets, statistics),
        new OneHotTable(datasets, statistics));
  }
}
