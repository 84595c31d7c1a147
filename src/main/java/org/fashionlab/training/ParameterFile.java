package org.fashionlab.training;

import ai.djl.MalformedModelException;
import ai.djl.nn.Block;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks an untrusted DJL parameter file against the block its spec builds, before DJL reads it.
 * DJL's reader trusts the counts and lengths in the file: a few bytes claiming a two-gigabyte array
 * or a billion dimensions make it allocate that much before it notices the file is short. Here the
 * block (already built within the compute budget) writes the file it would save, and every byte of
 * it is compared with the upload as it is written, except the values of the parameters, which are
 * skipped over: a file that passes has exactly the layout, names and shapes DJL will allocate.
 */
final class ParameterFile {

  private static final byte[] MAGIC = "DJL@".getBytes(StandardCharsets.US_ASCII);
  private static final int MODEL_VERSION = 1;
  private static final int MAX_ENTRIES = 64;
  private static final int MAX_DIMENSIONS = 8;
  private static final byte[] ARRAY_MARK = {0, 4, 'N', 'D', 'A', 'R'};

  private ParameterFile() {}

  /**
   * @param block the spec's block, initialized (uninitialized parameters would write nothing)
   * @throws MalformedModelException saying where the file differs from what the spec needs
   */
  static void check(Path file, Block block) throws IOException, MalformedModelException {
    String name = file.getFileName().toString();
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      header(in, name);
      Comparison comparison = new Comparison(in, name);
      try {
        block.saveParameters(new DataOutputStream(comparison));
      } catch (EOFException e) {
        throw new MalformedModelException(
            name + " ends early, in parameter " + comparison.parameter + ".");
      } catch (UncheckedMalformed e) {
        throw e.cause;
      }
      if (in.read() != -1) {
        throw new MalformedModelException(
            name + " has more data than the parameters of spec.json's network.");
      }
    } catch (EOFException e) {
      throw new MalformedModelException(name + " ends early, in its header.");
    }
  }

  /**
   * The model properties in a parameter file's header (what {@code Model.setProperty} saved), read
   * with the same limits as {@link #check}, so an untrusted file may be asked too.
   */
  static Map<String, String> properties(Path file) throws IOException, MalformedModelException {
    String name = file.getFileName().toString();
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      return header(in, name);
    } catch (EOFException e) {
      throw new MalformedModelException(name + " ends early, in its header.");
    }
  }

  /**
   * DJL's model header: magic, version, name, data type, input shapes, properties; answers the
   * properties.
   */
  private static Map<String, String> header(DataInputStream in, String name)
      throws IOException, MalformedModelException {
    byte[] magic = in.readNBytes(MAGIC.length);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new MalformedModelException(name + " is not a DJL parameter file.");
    }
    if (in.readInt() != MODEL_VERSION) {
      throw new MalformedModelException(name + " has an unknown DJL format version.");
    }
    in.readUTF(); // the model's name
    if (!"FLOAT32".equals(in.readUTF())) {
      throw new MalformedModelException(name + " does not hold 32-bit float parameters.");
    }
    int inputs = count(in.readInt(), name);
    for (int i = 0; i < inputs; i++) {
      in.readUTF();
      int dimensions = in.readInt();
      if (dimensions < 0 || dimensions > MAX_DIMENSIONS) {
        throw new MalformedModelException(name + " declares an impossible input shape.");
      }
      in.skipNBytes((long) dimensions * Long.BYTES);
      int layout = in.readInt();
      if (layout < 0 || layout > MAX_DIMENSIONS) {
        throw new MalformedModelException(name + " declares an impossible input layout.");
      }
      in.skipNBytes((long) layout * Character.BYTES);
    }
    int count = count(in.readInt(), name);
    Map<String, String> properties = new HashMap<>();
    for (int i = 0; i < count; i++) {
      properties.put(in.readUTF(), in.readUTF());
    }
    return properties;
  }

  private static int count(int count, String name) throws MalformedModelException {
    if (count < 0 || count > MAX_ENTRIES) {
      throw new MalformedModelException(name + " declares " + count + " entries in its header.");
    }
    return count;
  }

  /** What the block writes, compared with the upload; parameter values are skipped. */
  private static final class Comparison extends OutputStream {
    private final DataInputStream in;
    private final String file;
    private String parameter = "none, at the first layer";

    Comparison(DataInputStream in, String file) {
      this.in = in;
      this.file = file;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (isArray(b, off, len)) {
        int header = arrayHeaderLength(b, off);
        byte[] actual = in.readNBytes(header);
        if (actual.length < header) {
          throw new EOFException();
        }
        if (!Arrays.equals(actual, 0, header, b, off, off + header)) {
          fail(
              "parameter "
                  + parameter
                  + " does not have the shape spec.json needs ("
                  + shape(b, off)
                  + ")");
        }
        in.skipNBytes(len - header); // the values: any floats; finiteness is checked after loading
        return;
      }
      byte[] actual = in.readNBytes(len);
      if (actual.length < len) {
        throw new EOFException();
      }
      if (!Arrays.equals(actual, 0, len, b, off, off + len)) {
        fail(
            "its layers do not match the architecture in spec.json (they differ after parameter "
                + parameter
                + ")");
      }
      if (isString(b, off, len)) {
        parameter = new String(b, off + 2, len - 2, StandardCharsets.UTF_8);
      }
    }

    private void fail(String why) {
      throw new UncheckedMalformed(
          new MalformedModelException(file + " does not fit spec.json: " + why + "."));
    }

    private static boolean isArray(byte[] b, int off, int len) {
      return len > ARRAY_MARK.length
          && Arrays.equals(b, off, off + ARRAY_MARK.length, ARRAY_MARK, 0, ARRAY_MARK.length);
    }

    private static boolean isString(byte[] b, int off, int len) {
      return len >= 2 && (((b[off] & 0xff) << 8) | (b[off + 1] & 0xff)) == len - 2;
    }

    /**
     * Bytes of DJL's array header (encoding version 3, the one this DJL writes): mark, version,
     * optional name, sparse format, data type, shape, byte order, length.
     */
    private static int arrayHeaderLength(byte[] b, int off) {
      ByteBuffer buffer = atShape(b, off);
      int dimensions = buffer.getInt();
      buffer.position(buffer.position() + dimensions * Long.BYTES);
      int layout = buffer.getInt();
      buffer.position(buffer.position() + layout * Character.BYTES + 1 + Integer.BYTES);
      return buffer.position() - off;
    }

    private static String shape(byte[] b, int off) {
      ByteBuffer buffer = atShape(b, off);
      int dimensions = buffer.getInt();
      StringBuilder text = new StringBuilder("(");
      for (int i = 0; i < dimensions; i++) {
        text.append(i == 0 ? "" : ", ").append(buffer.getLong());
      }
      return text.append(')').toString();
    }

    private static ByteBuffer atShape(byte[] b, int off) {
      ByteBuffer buffer = ByteBuffer.wrap(b, off, b.length - off);
      buffer.position(off + ARRAY_MARK.length + Integer.BYTES);
      if (buffer.get() == 1) {
        skipString(buffer); // the array's name
      }
      skipString(buffer); // sparse format
      skipString(buffer); // data type
      return buffer;
    }

    private static void skipString(ByteBuffer buffer) {
      int length = buffer.getShort() & 0xffff;
      buffer.position(buffer.position() + length);
    }
  }

  /** Carries a refusal out of {@link OutputStream#write}, which may only throw IOException. */
  private static final class UncheckedMalformed extends RuntimeException {
    private final transient MalformedModelException cause;

    UncheckedMalformed(MalformedModelException cause) {
      super(cause);
      this.cause = cause;
    }
  }
}
