package org.dateline.testing;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.dateline.distribution.ninjs.NinjsVersion;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official schemas in {@code src/test/resources/standards/}: IPTC's ninjs JSON schemas (through
 * the networknt validator, format assertions on) and the NewsML-G2 2.35 and NITF 3.6 XSDs (through
 * {@code javax.xml.validation}). Everything is read from the classpath; no network. Thread-safe.
 */
public final class Standards {
  private static final Map<NinjsVersion, Schema> NINJS = new EnumMap<>(NinjsVersion.class);
  private static final javax.xml.validation.Schema NEWSML;
  private static final javax.xml.validation.Schema NITF;

  static {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder
                    .schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    // places[].geojson refers to GeoJSON's schema on the web; the wire never
                    // writes it, so an empty schema stands in and nothing is fetched.
                    .schemas(Map.of("https://geojson.org/schema/GeoJSON.json", "{}")));
    NINJS.put(
        NinjsVersion.V2, registry.getSchema(resource("standards/ninjs/ninjs-schema_2.2.json")));
    NINJS.put(
        NinjsVersion.V3, registry.getSchema(resource("standards/ninjs/ninjs-schema_3.1.json")));
    NEWSML =
        xsd(
            "standards/newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd",
            "standards/newsml-g2/nitf/nitf-3-6.xsd");
    NITF = xsd("standards/newsml-g2/nitf/nitf-3-6.xsd");
  }

  private Standards() {}

  /** What IPTC's ninjs schema of {@code version} finds wrong in {@code json}; empty when valid. */
  public static List<String> ninjsErrors(String json, NinjsVersion version) {
    return NINJS.get(version).validate(json, InputFormat.JSON).stream()
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
        .toList();
  }

  /**
   * What the NewsML-G2 2.35 schema finds wrong in {@code xml}; NITF content in {@code inlineXML} is
   * checked against NITF 3.6 on the way (the schemas are loaded together).
   */
  public static List<String> newsMlG2Errors(String xml) {
    return errors(NEWSML, xml);
  }

  /** What the NITF 3.6 schema finds wrong in a standalone {@code nitf} document. */
  public static List<String> nitfErrors(String xml) {
    return errors(NITF, xml);
  }

  private static List<String> errors(javax.xml.validation.Schema schema, String xml) {
    List<String> errors = new ArrayList<>();
    Validator validator = schema.newValidator();
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(
          new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
              errors.add(
                  "warning "
                      + e.getLineNumber()
                      + ":"
                      + e.getColumnNumber()
                      + " "
                      + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
              errors.add(
                  "error " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
              errors.add(
                  "fatal " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
          });
      validator.validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException e) {
      if (errors.isEmpty()) {
        errors.add(e.getMessage());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return errors;
  }

  private static javax.xml.validation.Schema xsd(String... names) {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    try {
      // The schemas import xml.xsd from beside themselves: local files only, never the network.
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      Source[] sources = new Source[names.length];
      for (int i = 0; i < names.length; i++) {
        URL url = Standards.class.getClassLoader().getResource(names[i]);
        if (url == null) {
          throw new IllegalStateException("missing test resource " + names[i]);
        }
        sources[i] = new StreamSource(url.toExternalForm());
      }
      return factory.newSchema(sources);
    } catch (SAXException e) {
      throw new IllegalStateException("cannot load " + String.join(", ", names), e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = Standards.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + name);
    }
    return in;
  }
}
