package org.fashionlab.dataset.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.fashionlab.base.ui.ChartOptions;
import org.fashionlab.base.ui.EChart;
import org.fashionlab.base.ui.ImageTile;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.DatasetStatistics;
import org.fashionlab.dataset.FashionClass;
import org.fashionlab.dataset.Split;

/**
 * How many images each class has in both sets, and what the average image of a class looks like.
 */
final class ClassOverview extends Composite<Div> {

  private final EChart distribution = new EChart();
  private final Div means = new Div();

  ClassOverview(DatasetService datasets, DatasetStatistics statistics) {
    distribution.setId("class-distribution");
    distribution.setHeight("320px");
    distribution.setOption(
        distributionOption(datasets.classCounts(Split.TRAIN), datasets.classCounts(Split.TEST)));
    means.setId("mean-images");
    means.addClassName("fl-image-grid");
    int[][] meanImages = statistics.meanImages(Split.TRAIN);
    for (FashionClass c : FashionClass.values()) {
      means.add(new ImageTile(meanImages[c.ordinal()], c.label(), null));
    }
    getContent().setId("classes");
    getContent()
        .add(
            new H3("Classes"),
            new Paragraph(
                "Every class has the same number of images (6,000 for training, 1,000 for test),"
                    + " so accuracy is not skewed by a majority class."),
            distribution,
            new H3("Mean image of each class (training set)"),
            new Paragraph(
                "The average of every pixel over all images of a class: sharp where the items"
                    + " agree (trousers, bags), blurred where they vary."),
            means);
  }

  private static ObjectNode distributionOption(int[] train, int[] test) {
    ObjectNode option = ChartOptions.line("Images per class", "", "images", "training", "test");
    option.putObject("tooltip").put("trigger", "axis");
    ObjectNode xAxis = option.putObject("xAxis").put("type", "category");
    ArrayNode names = xAxis.putArray("data");
    FashionClass.labels().forEach(names::add);
    xAxis.putObject("axisLabel").put("interval", 0).put("rotate", 30);
    option.withObject("grid").put("bottom", 70);
    option.withObject("yAxis").put("scale", false).put("min", 0);
    ArrayNode series = option.withArray("series");
    bars((ObjectNode) series.get(0), train);
    bars((ObjectNode) series.get(1), test);
    return option;
  }

  private static void bars(ObjectNode series, int[] counts) {
    series.put("type", "bar");
    ArrayNode data = series.putArray("data");
    for (int count : counts) {
      data.add(count);
    }
  }
}
