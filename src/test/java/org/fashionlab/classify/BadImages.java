package org.fashionlab.classify;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;

/** Awkward and hostile files, made in the test so nothing binary is committed. */
final class BadImages {

  private BadImages() {}

  static byte[] text() {
    return "this is not an image, just text renamed to .png\n".getBytes(StandardCharsets.UTF_8);
  }

  static byte[] executable() {
    byte[] elf = new byte[512];
    elf[0] = 0x7f;
    elf[1] = 'E';
    elf[2] = 'L';
    elf[3] = 'F';
    elf[4] = 2;
    return elf;
  }

  static byte[] svg() {
    return ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\""
            + " height=\"10\"><rect width=\"10\" height=\"10\"/></svg>")
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] truncated(byte[] file) {
    return Arrays.copyOf(file, file.length / 3);
  }

  /** A 10,000 x 5,000 one-bit PNG: about 50 megapixels in a few kilobytes. */
  static byte[] decompressionBomb() {
    BufferedImage bomb = new BufferedImage(10_000, 5_000, BufferedImage.TYPE_BYTE_BINARY);
    return ProductPhotos.encode(bomb, "png");
  }

  static byte[] sixteenBitPng(int[] pixels) {
    BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_USHORT_GRAY);
    WritableRaster raster = image.getRaster();
    for (int i = 0; i < pixels.length; i++) {
      raster.setSample(i % 28, i / 28, 0, (255 - pixels[i]) * 257);
    }
    return ProductPhotos.encode(image, "png");
  }

  static byte[] eightBitPng(int[] pixels) {
    BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
    WritableRaster raster = image.getRaster();
    for (int i = 0; i < pixels.length; i++) {
      raster.setSample(i % 28, i / 28, 0, 255 - pixels[i]);
    }
    return ProductPhotos.encode(image, "png");
  }

  /** A 32 x 32 lossless WebP, a dark square on light grey (made with Debian's cwebp). */
  static byte[] webp() {
    return java.util.Base64.getDecoder()
        .decode("UklGRjAAAABXRUJQVlA4TCMAAAAvH8AHAA9wIfMLmV/IfP7jAWraNmDKn3TeLgAR/Z8A+eGNHQA=");
  }

  /**
   * A JPEG whose EXIF says "rotate 90 degrees clockwise to view" (orientation 6), as phones write
   * portrait photos: the stored pixels are {@code image}, the photo as seen is turned.
   */
  static byte[] jpegWithOrientation(BufferedImage image, int orientation) {
    byte[] jpeg = ProductPhotos.encode(image, "jpg");
    byte[] tiff = {
      'I',
      'I',
      42,
      0,
      8,
      0,
      0,
      0, // little-endian TIFF header, first IFD at offset 8
      1,
      0, // one entry
      0x12,
      0x01,
      3,
      0,
      1,
      0,
      0,
      0,
      (byte) orientation,
      0,
      0,
      0, // Orientation, SHORT, 1 value
      0,
      0,
      0,
      0 // no next IFD
    };
    byte[] exif = new byte[6 + tiff.length];
    System.arraycopy("Exif".getBytes(StandardCharsets.US_ASCII), 0, exif, 0, 4);
    System.arraycopy(tiff, 0, exif, 6, tiff.length);
    int length = exif.length + 2;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2); // SOI
    out.write(0xFF);
    out.write(0xE1); // APP1
    out.write(length >> 8);
    out.write(length & 0xFF);
    out.write(exif, 0, exif.length);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /** A dark square on a fully transparent background. */
  static byte[] transparentPng() {
    BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(30, 30, 30, 255));
    g.fillRect(30, 20, 40, 60);
    g.dispose();
    return ProductPhotos.encode(image, "png");
  }

  static byte[] onePixel() {
    BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0x808080);
    return ProductPhotos.encode(image, "png");
  }

  /** Two frames: a dark square, then a dark horizontal bar. */
  static byte[] animatedGif() throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      for (int frame = 0; frame < 2; frame++) {
        BufferedImage image = new BufferedImage(60, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 60, 60);
        g.setColor(Color.BLACK);
        if (frame == 0) {
          g.fillRect(20, 10, 20, 40);
        } else {
          g.fillRect(5, 25, 50, 10);
        }
        g.dispose();
        IIOMetadata metadata =
            writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        writer.writeToSequence(new IIOImage(image, null, metadata), null);
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /**
   * A CMYK (Adobe transform 0) or YCCK (transform 2) JPEG without an ICC profile, as print
   * workflows produce: the four-channel JPEG below with Adobe's APP14 marker saying which.
   */
  static byte[] adobeJpeg(int transform) throws IOException {
    // Adobe's CMYK JPEGs store ink inverted: 255 is none, 0 full.
    byte[] plain = transform == 0 ? fourChannelJpeg(255, 35) : fourChannelJpeg(255, 128);
    byte[] adobe = {
      (byte) 0xff, (byte) 0xee, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) transform
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(plain, 0, 2); // SOI
    out.write(adobe, 0, adobe.length);
    out.write(plain, 2, plain.length - 2);
    return out.toByteArray();
  }

  /** A JPEG with four colour channels and no marker saying what they are. */
  static byte[] cmykJpeg() throws IOException {
    return fourChannelJpeg(0, 220);
  }

  /** 64 x 64, four channels of {@code blank}, the last {@code ink} inside a rectangle. */
  private static byte[] fourChannelJpeg(int blank, int ink) throws IOException {
    WritableRaster raster =
        java.awt.image.Raster.createInterleavedRaster(
            java.awt.image.DataBuffer.TYPE_BYTE, 64, 64, 4, null);
    for (int y = 0; y < 64; y++) {
      for (int x = 0; x < 64; x++) {
        int k = x > 16 && x < 48 && y > 8 && y < 56 ? ink : blank;
        raster.setPixel(x, y, new int[] {blank, blank, blank, k});
      }
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(raster, null, null), null);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
