package org.fashionlab.training;

import ai.djl.Model;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Loaded models kept for prediction, bounded in bytes of parameters: the least recently used leave
 * first. A model is used through a {@link Lease}; an evicted model is closed when its last lease
 * ends, so a prediction never runs on freed native memory. Where models are stored is not its
 * business: it gets a loader and a test of whether a model is still wanted.
 */
final class ModelCache implements AutoCloseable {

  private final long capacityBytes;
  private final Function<UUID, Model> loader;
  private final Predicate<UUID> stillStored;
  // Access order: iteration starts at the least recently used.
  private final LinkedHashMap<UUID, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;

  /**
   * @param loader loads a model that is not in memory (may throw)
   * @param stillStored whether a model loaded a moment ago may be kept: false once it was deleted
   *     while it loaded
   */
  ModelCache(long capacityBytes, Function<UUID, Model> loader, Predicate<UUID> stillStored) {
    this.capacityBytes = capacityBytes;
    this.loader = loader;
    this.stillStored = stillStored;
  }

  /** The model of {@code id}, loading it on first use; close the lease when done with it. */
  Lease acquire(UUID id) {
    synchronized (this) {
      Entry cached = entries.get(id);
      if (cached != null) {
        return cached.lease();
      }
    }
    // Loading reads a file and builds a block: outside the lock, so other models keep predicting.
    Model loaded = loader.apply(id);
    synchronized (this) {
      Entry cached = entries.get(id);
      if (cached != null) {
        loaded.close(); // another request loaded it meanwhile
        return cached.lease();
      }
      Entry entry = new Entry(loaded);
      Lease lease = entry.lease();
      if (stillStored.test(id)) {
        insert(id, entry);
      } else {
        entry.evicted = true; // deleted while loading: serve this request, then close
      }
      return lease;
    }
  }

  /** Keeps a model that was just trained, replacing (and closing) an older one under the id. */
  synchronized void put(UUID id, Model model) {
    remove(id);
    insert(id, new Entry(model));
  }

  /** Drops a model from memory: closed now, or when its last lease ends. */
  synchronized void remove(UUID id) {
    Entry entry = entries.remove(id);
    if (entry != null) {
      bytes -= entry.bytes;
      entry.evict();
    }
  }

  /** Models held in memory. */
  synchronized int size() {
    return entries.size();
  }

  /** Bytes of parameters held in memory. */
  synchronized long bytes() {
    return bytes;
  }

  /** Whether the model of {@code id} is in memory. */
  synchronized boolean contains(UUID id) {
    return entries.containsKey(id);
  }

  private void insert(UUID id, Entry entry) {
    entries.put(id, entry);
    bytes += entry.bytes;
    Iterator<Map.Entry<UUID, Entry>> oldest = entries.entrySet().iterator();
    while (bytes > capacityBytes && oldest.hasNext()) {
      // The newest goes too when it alone is over the capacity: it serves its lease and closes.
      Entry evicted = oldest.next().getValue();
      oldest.remove();
      bytes -= evicted.bytes;
      evicted.evict();
    }
  }

  /** Closes every model, in use or not: only at shutdown. */
  @Override
  public synchronized void close() {
    List<Entry> all = new ArrayList<>(entries.values());
    entries.clear();
    bytes = 0;
    all.forEach(e -> e.model.close());
  }

  /** Bytes of a model's parameters (weights and batch-norm statistics). */
  static long bytesOf(Model model) {
    long total = 0;
    for (Pair<String, Parameter> p : model.getBlock().getParameters()) {
      if (p.getValue().isInitialized()) {
        total +=
            p.getValue().getArray().size() * p.getValue().getArray().getDataType().getNumOfBytes();
      }
    }
    return total;
  }

  private final class Entry {
    final Model model;
    final long bytes;
    int users;
    boolean evicted;

    Entry(Model model) {
      this.model = model;
      this.bytes = bytesOf(model);
    }

    Lease lease() {
      users++;
      return new Lease(this);
    }

    void evict() {
      evicted = true;
      if (users == 0) {
        model.close();
      }
    }
  }

  /** A model in use. Closing ends the use; an evicted model is then closed. */
  final class Lease implements AutoCloseable {
    private final Entry entry;
    private boolean closed;

    private Lease(Entry entry) {
      this.entry = entry;
    }

    Model model() {
      return entry.model;
    }

    @Override
    public void close() {
      synchronized (ModelCache.this) {
        if (closed) {
          return;
        }
        closed = true;
        entry.users--;
        if (entry.evicted && entry.users == 0) {
          entry.model.close();
        }
      }
    }
  }
}
