package org.fashionlab.account;

import java.util.List;
import org.fashionlab.base.Csv;

/**
 * A password the app generated for someone, shown once to the teacher who hands it out; only its
 * hash is kept.
 */
public record IssuedPassword(String username, String displayName, String password) {

  /** The list as CSV (username, display name, password), for the teacher to print or mail. */
  public static String csv(List<IssuedPassword> issued) {
    StringBuilder csv =
        new StringBuilder(Csv.line(List.of("username", "display name", "password")));
    issued.forEach(
        p ->
            csv.append(
                Csv.line(
                    List.of(Csv.text(p.username()), Csv.text(p.displayName()), p.password()))));
    return csv.toString();
  }
}
