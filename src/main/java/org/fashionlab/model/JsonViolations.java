package org.fashionlab.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Why a JSON document from outside could not be read ({@link StrictJson}), as a {@link
 * SpecViolation}: the field's path as the validator writes it and, in words a student can act on,
 * what was expected and what was found. Never a Java type name.
 */
public final class JsonViolations {

  /** The field of a problem with the document as a whole (not valid JSON, not an object). */
  public static final String BODY = "body";

  private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '([^']*)'");

  private JsonViolations() {}

  /**
   * What is wrong with an unreadable document: the field's path (e.g. {@code training.epochs},
   * {@code network.hiddenLayers[1]}, or {@link #BODY}) and, in words, what was expected and found.
   */
  public static SpecViolation violation(JsonProcessingException e) {
    if (e instanceof JsonMappingException mapping) {
      return mappingViolation(mapping);
    }
    if (e instanceof InputCoercionException coercion) {
      return new SpecViolation(
          BODY, "the number " + text(coercion.getProcessor()) + " is out of range");
    }
    String where =
        e.getLocation() == null
            ? ""
            : " (line %d, column %d)"
                .formatted(e.getLocation().getLineNr(), e.getLocation().getColumnNr());
    String what = e.getOriginalMessage();
    if (e instanceof JsonParseException && what != null) {
      what = what.lines().findFirst().orElse(what);
    }
    return new SpecViolation(BODY, "not valid JSON: " + what + where);
  }

  private static SpecViolation mappingViolation(JsonMappingException e) {
    String path = path(e.getPath());
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.find()) {
      return new SpecViolation(
          (path.isEmpty() ? "" : path + ".") + duplicate.group(1), "appears twice");
    }
    if (e.getCause() instanceof JsonParseException parse
        && !(parse.getCause() instanceof JsonMappingException)) {
      return violation(parse);
    }
    if (message.startsWith("Trailing token")) {
      return new SpecViolation(BODY, "there is more after the JSON object: send one object");
    }
    if (message.startsWith("No content to map")) {
      return new SpecViolation(BODY, "the body is empty: send a JSON object");
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      Collection<Object> known = unknown.getKnownPropertyIds();
      return new SpecViolation(
          path,
          "unknown field"
              + (known == null || known.isEmpty()
                  ? ""
                  : "; the fields here are "
                      + known.stream().map(String::valueOf).sorted().collect(joining())));
    }
    if (e instanceof InvalidTypeIdException typeId) {
      String kinds = kinds(typeId.getBaseType());
      String field = (path.isEmpty() ? "" : path + ".") + "kind";
      return new SpecViolation(
          field,
          typeId.getTypeId() == null
              ? "missing: say which kind, " + kinds
              : "\"" + typeId.getTypeId() + "\" is not a kind here: use " + kinds);
    }
    if (e instanceof ValueInstantiationException instantiation && e.getCause() != null) {
      return new SpecViolation(orBody(path), instantiation.getCause().getMessage());
    }
    if (e instanceof InvalidFormatException format) {
      return new SpecViolation(
          orBody(path),
          "expected " + expected(format.getTargetType()) + ", got " + quoted(format.getValue()));
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return new SpecViolation(
          orBody(path),
          "expected "
              + expected(mismatch.getTargetType())
              + ", got "
              + found(mismatch.getProcessor()));
    }
    if (e.getCause() instanceof InputCoercionException coercion) {
      return new SpecViolation(
          orBody(path), "the number " + text(coercion.getProcessor()) + " is out of range");
    }
    String what = e.getOriginalMessage();
    return new SpecViolation(
        orBody(path), what == null ? "cannot be read" : what.lines().findFirst().orElse(what));
  }

  /** The field path as the validator writes it: {@code training.epochs}, {@code grid[0]}. */
  static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** A type as a student would say it: "a whole number", "one of ADAM, SGD, RMSPROP". */
  public static String expected(Class<?> type) {
    if (type == int.class
        || type == Integer.class
        || type == long.class
        || type == Long.class
        || type == short.class
        || type == Short.class) {
      return "a whole number";
    }
    if (type == double.class
        || type == Double.class
        || type == float.class
        || type == Float.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "text";
    }
    if (type == UUID.class) {
      return "an id such as 0c6f0d8e-8a40-4d5e-9a8a-2f4f1c1e2a10";
    }
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(joining());
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type.isAnnotationPresent(JsonSubTypes.class)) {
      return "an object with \"kind\" " + kinds(type);
    }
    return "an object";
  }

  private static String expected(JavaType type) {
    return type == null ? "another value" : expected(type.getRawClass());
  }

  private static String kinds(JavaType base) {
    return base == null ? "a known kind" : kinds(base.getRawClass());
  }

  private static String kinds(Class<?> base) {
    JsonSubTypes subtypes = base.getAnnotation(JsonSubTypes.class);
    if (subtypes == null) {
      return "a known kind";
    }
    return Arrays.stream(subtypes.value())
        .map(t -> "\"" + t.name() + "\"")
        .collect(Collectors.joining(" or "));
  }

  private static String found(Object processor) {
    if (!(processor instanceof JsonParser parser) || parser.currentToken() == null) {
      return "something else";
    }
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
      case START_ARRAY, END_ARRAY -> "a list";
      case VALUE_STRING -> "the text " + quoted(text(parser));
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> text(parser);
      case VALUE_TRUE, VALUE_FALSE -> token.asString();
      case VALUE_NULL -> "null";
      default -> "something else";
    };
  }

  private static String text(Object processor) {
    try {
      return processor instanceof JsonParser parser ? parser.getText() : "?";
    } catch (IOException e) {
      return "?";
    }
  }

  private static String quoted(Object value) {
    if (value instanceof String text) {
      String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
      return "\"" + shown + "\"";
    }
    return String.valueOf(value);
  }

  private static String orBody(String path) {
    return path.isEmpty() ? BODY : path;
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(", ");
  }
}
