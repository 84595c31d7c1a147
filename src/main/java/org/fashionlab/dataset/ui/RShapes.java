package org.fashionlab.dataset.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.fashionlab.base.ui.RConsole;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.FashionClass;
import org.fashionlab.dataset.Split;

/**
 * Lab 5, exercise 3 in R's own words: the shape and class of the data as R prints them, with this
 * dataset's numbers, and what an array is next to a matrix.
 */
final class RShapes extends Composite<Div> {

  static final int CLASSES = FashionClass.values().length;

  RShapes(DatasetService datasets) {
    int train = datasets.size(Split.TRAIN);
    int test = datasets.size(Split.TEST);
    int side = DatasetService.IMAGE_SIDE;
    // x_train[1, 20, 15] in R: image 1, row 20, column 15, counted from 1
    int pixel = datasets.pixels(Split.TRAIN, 0)[19 * side + 14];
    int[][] firstTwo = {
      FashionClass.of(datasets.label(Split.TRAIN, 0)).oneHot(),
      FashionClass.of(datasets.label(Split.TRAIN, 1)).oneHot()
    };
    RConsole console =
        new RConsole("r-shapes-console")
            .command("dim(x_train)", "images, rows, columns", RConsole.integers(train, side, side))
            .command("class(x_train)", "three dimensions", RConsole.strings("array"))
            .command("dim(x_test)", null, RConsole.integers(test, side, side))
            .command("x_train[1, 20, 15]", "image 1, row 20, column 15", RConsole.integers(pixel))
            .command("dim(x_train[1, , ])", "one image", RConsole.integers(side, side))
            .command("class(x_train[1, , ])", "two dimensions", RConsole.strings("matrix", "array"))
            .command("y_train <- to_categorical(y_train, 10)", null, List.of())
            .command("dim(y_train)", "one row per image", RConsole.integers(train, CLASSES))
            .command("class(y_train)", null, RConsole.strings("matrix", "array"))
            .command("y_train[1:2, ]", "the first two labels, one-hot", RConsole.matrix(firstTwo))
            .command(
                "dim(array_reshape(x_train, c(nrow(x_train), 784)))",
                "what an MLP's flatten makes",
                RConsole.integers(train, (long) side * side))
            .command(
                "dim(array_reshape(x_train, c(nrow(x_train), 28, 28, 1)))",
                "what a CNN takes: one channel",
                RConsole.integers(train, side, side, DatasetService.CHANNELS));
    getContent().setId("r-shapes");
    getContent()
        .add(
            new H3("The data in R: shapes and classes"),
            new Paragraph(
                "%,d images to train on and %,d to test with; x_train holds %,d × %d × %d = %,d grey values."
                    .formatted(train, test, train, side, side, (long) train * side * side)),
            console,
            new Paragraph(
                "An array versus a matrix: a matrix is a table, exactly two dimensions (rows and"
                    + " columns). An array can have any number of dimensions; a matrix is the"
                    + " two-dimensional kind, which is why R 4 says \"matrix\" \"array\" for it."
                    + " x_train has three (image, row, column), so it is an array of %,d matrices"
                    + " of %d × %d pixels; one image x_train[1, , ] is a matrix. After"
                        .formatted(train, side, side)
                    + " to_categorical, y_train is a matrix: one row per image, one column per"
                    + " class."));
  }
}
