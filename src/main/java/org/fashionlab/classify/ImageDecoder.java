package org.fashionlab.classify;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns uploaded bytes into an image, refusing with a clear message anything that is empty, not an
 * image, a vector drawing, too large, or damaged. The size is read from the header before any pixel
 * is decoded. Multi-frame images (animated GIF) give their first frame.
 */
final class ImageDecoder {

  static final String FORMATS = "PNG, JPEG, GIF, BMP or WebP";

  /** The shortest side an image may have: a Fashion-MNIST image's. */
  static final int MIN_SIDE = PhotoPreprocessor.SIDE;

  /**
   * A decoded image, its format name (e.g. "png"), its EXIF orientation (1 = upright) and notes on
   * how it was read that the student should know (e.g. colours converted without a profile).
   */
  record Decoded(BufferedImage image, String format, int orientation, List<String> notes) {}

  /**
   * What TwelveMonkeys says when a CMYK or YCCK JPEG has no ICC profile: the colours are converted
   * with a generic profile. The pixels are all there; only their colours are approximate.
   */
  private static final Pattern COLOUR_WARNING =
      Pattern.compile("ICC|colou?r profile|colou?r space|CMYK|YCCK", Pattern.CASE_INSENSITIVE);

  static final String COLOUR_NOTE =
      "The photo has CMYK colours without a colour profile: they were converted approximately,"
          + " so grey levels may differ slightly from the original.";

  private final ClassifyProperties limits;

  ImageDecoder(ClassifyProperties limits) {
    this.limits = limits;
  }

  Decoded decode(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new ImageRefusedException("The file is empty. Upload a " + FORMATS + " photo.");
    }
    if (bytes.length > limits.maxUploadBytes()) {
      throw new ImageRefusedException(
          "The file is larger than "
              + limits.maxUploadMegabytes()
              + " MB. Upload a smaller photo.");
    }
    if (looksLikeSvg(bytes)) {
      throw new ImageRefusedException(
          "SVG drawings are not supported: upload a " + FORMATS + " photo.");
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new ImageRefusedException(
            "This file is not an image Fashion Lab can read. Upload a " + FORMATS + " photo.");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        String format = reader.getFormatName().toLowerCase(Locale.ROOT);
        checkSize(reader.getWidth(0), reader.getHeight(0));
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        BufferedImage image = reader.read(0);
        List<String> damage =
            warnings.stream().filter(w -> !COLOUR_WARNING.matcher(w).find()).toList();
        if (!damage.isEmpty()) {
          // e.g. "Premature end of JPEG file": the decoder filled the missing part with grey.
          throw new ImageRefusedException(
              "The image is damaged or truncated (" + damage.get(0) + "). Upload it again.");
        }
        List<String> notes = warnings.isEmpty() ? List.of() : List.of(COLOUR_NOTE);
        int orientation = format.contains("jp") ? orientation(bytes) : 1;
        return new Decoded(image, format, orientation, notes);
      } finally {
        reader.dispose();
      }
    } catch (ImageRefusedException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new ImageRefusedException(
          "The image is damaged or truncated and cannot be read (" + e.getMessage() + ").", e);
    }
  }

  private void checkSize(int width, int height) {
    long pixels = (long) width * height;
    if (width < 1 || height < 1) {
      throw new ImageRefusedException("The image has no pixels.");
    }
    if (width < MIN_SIDE || height < MIN_SIDE) {
      throw new ImageRefusedException(
          "The image is only %d x %d pixels: too small to be a photo of clothing (Fashion-MNIST's are %d x %d). Upload one at least %d pixels on each side."
              .formatted(width, height, MIN_SIDE, MIN_SIDE, MIN_SIDE));
    }
    if (pixels > limits.maxMegapixels() * 1_000_000L) {
      throw new ImageRefusedException(
          String.format(
              Locale.ROOT,
              "The image is %d x %d pixels (%.1f megapixels); the limit is %d megapixels.",
              width,
              height,
              pixels / 1e6,
              limits.maxMegapixels()));
    }
  }

  private static boolean looksLikeSvg(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    return head.contains("<svg")
        || (head.stripLeading().startsWith("<?xml") && head.contains("svg"));
  }

  /** The EXIF orientation tag of a JPEG, 1 when absent or unreadable. */
  static int orientation(byte[] jpeg) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
      List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
      if (exif.isEmpty()) {
        return 1;
      }
      InputStream data = exif.get(0).data();
      data.read(); // the pad byte after "Exif\0"
      try (ImageInputStream tiff = ImageIO.createImageInputStream(data)) {
        Directory directory = new TIFFReader().read(tiff);
        Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
        int value = entry == null ? 1 : ((Number) entry.getValue()).intValue();
        return value >= 1 && value <= 8 ? value : 1;
      }
    } catch (IOException | RuntimeException e) {
      return 1; // orientation is a nicety; a photo without readable EXIF is used as it is
    }
  }
}
