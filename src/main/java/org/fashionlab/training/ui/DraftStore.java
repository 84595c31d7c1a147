package org.fashionlab.training.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/**
 * Keeps the Train form's draft in the Vaadin session, so reloading the page or coming back from
 * another page finds the form as it was left. Copies go in and out: the form edits its own.
 */
final class DraftStore {

  private static final String KEY = DraftStore.class.getName() + ".draft";

  private DraftStore() {}

  static Optional<SpecDraft> restore() {
    VaadinSession session = VaadinSession.getCurrent();
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((SpecDraft) session.getAttribute(KEY)).map(SpecDraft::copy);
  }

  static void save(SpecDraft draft) {
    VaadinSession session = VaadinSession.getCurrent();
    if (session != null) {
      session.setAttribute(KEY, draft.copy());
    }
  }
}
