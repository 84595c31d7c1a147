package org.fashionlab.training;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import org.fashionlab.model.NetworkSummary;

/** 784 pixel values in [0, 1] in, ten class probabilities out. */
final class PixelsTranslator implements Translator<float[], float[]> {

  @Override
  public NDList processInput(TranslatorContext ctx, float[] pixels) {
    if (pixels.length != NetworkSummary.INPUTS) {
      throw new IllegalArgumentException(
          "expected " + NetworkSummary.INPUTS + " pixels, got " + pixels.length);
    }
    return new NDList(
        ctx.getNDManager()
            .create(
                pixels,
                new Shape(NetworkSummary.CHANNELS, NetworkSummary.SIDE, NetworkSummary.SIDE)));
  }

  @Override
  public float[] processOutput(TranslatorContext ctx, NDList list) {
    return list.singletonOrThrow().softmax(-1).toFloatArray();
  }

  @Override
  public Batchifier getBatchifier() {
    return Batchifier.STACK;
  }
}
