package org.fashionlab.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;

/**
 * JSON from outside the server (API bodies, imported archives) read strictly: unknown fields,
 * fractions or text for whole numbers, numbers for text or switches, nulls for numbers, duplicate
 * keys and trailing content are refused, each with the field's path and the expected type in words.
 * The application's own stored JSON is read leniently elsewhere, so older rows keep reading.
 */
public final class StrictJson {

  private StrictJson() {}

  /** A copy of {@code base} (its modules and naming kept) that refuses anything doubtful. */
  public static ObjectMapper strict(ObjectMapper base) {
    ObjectMapper mapper = base.copy();
    mapper.enable(
        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    for (LogicalType type : LogicalType.values()) {
      mapper
          .coercionConfigFor(type)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail);
    }
    // What stays allowed: text for text, whole numbers for decimal fields ("dropout": 0).
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.TryConvert);
    mapper
        .coercionConfigFor(LogicalType.Enum)
        .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
    mapper
        .coercionConfigFor(LogicalType.Float)
        .setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.TryConvert);
    // Jackson reads "NaN" and "Infinity" in quotes as numbers whatever the coercion settings.
    SimpleModule finite = new SimpleModule("finite-numbers");
    finite.addDeserializer(Double.class, new FiniteDouble(Double.class));
    finite.addDeserializer(double.class, new FiniteDouble(double.class));
    mapper.registerModule(finite);
    return mapper;
  }

  /** A JSON number that is finite: no text, no overflow to infinity. */
  private static final class FiniteDouble extends StdDeserializer<Double> {

    FiniteDouble(Class<?> type) {
      super(type);
    }

    @Override
    public Double deserialize(JsonParser p, DeserializationContext context) throws IOException {
      if (!p.currentToken().isNumeric()) {
        return (Double) context.handleUnexpectedToken(handledType(), p);
      }
      double value = p.getDoubleValue();
      if (!Double.isFinite(value)) {
        return (Double) context.handleWeirdNumberValue(handledType(), value, "not finite");
      }
      return value;
    }
  }
}
