package dev.partnertier.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair the tests sign their tokens with, made on first use in {@code target/test-keys} (never in the
 * repository). Files, not memory, because the packaged application under test ({@code *IT}) runs in another JVM
 * and reads the public key from its path, as a deployment would.
 */
public final class TestKeys {

    public static final Path DIR = Path.of("target", "test-keys").toAbsolutePath();
    public static final Path PUBLIC = DIR.resolve("public.pem");
    public static final Path PRIVATE = DIR.resolve("private.pem");
    public static final String ISSUER = "https://issuer.partner-tier.test";

    private TestKeys() {
    }

    /** Makes the pair unless it is there; safe when two test JVMs race (each file is moved in whole). */
    public static synchronized void ensure() {
        if (Files.exists(PUBLIC) && Files.exists(PRIVATE)) {
            return;
        }
        try {
            Files.createDirectories(DIR);
            KeyPair pair = generate();
            write(PRIVATE, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            write(PUBLIC, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Another key pair, of nobody the service trusts: its tokens are "wrongly signed". */
    public static KeyPair stranger() {
        return generate();
    }

    public static PrivateKey privateKey() {
        ensure();
        try {
            String pem = Files.readString(PRIVATE).replaceAll("-----[A-Z ]+-----|\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static void write(Path file, String content) throws IOException {
        Path partial = Files.createTempFile(DIR, file.getFileName().toString(), ".partial");
        Files.writeString(partial, content);
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
