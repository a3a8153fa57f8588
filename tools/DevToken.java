import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;

/**
 * Test keys and tokens for running partner-tier with authentication on, with nothing but a JDK (no build):
 *
 * <pre>
 *   java tools/DevToken.java keys DIR                   writes DIR/private.pem and DIR/public.pem (RSA 2048)
 *   java tools/DevToken.java token DIR ROLE... [--issuer URL] [--audience NAME] [--subject NAME] [--minutes N]
 *                                                       prints an RS256 JWT signed with DIR/private.pem
 * </pre>
 *
 * The default issuer is {@value #DEFAULT_ISSUER}: start the service with MP_JWT_VERIFY_ISSUER set to it and
 * MP_JWT_VERIFY_PUBLICKEY_LOCATION=DIR/public.pem. The default audience is {@value #DEFAULT_AUDIENCE}, the one
 * the service asks for unless MP_JWT_VERIFY_AUDIENCES says otherwise. A negative --minutes makes an expired token.
 * For trying things out only: a deployment trusts its identity provider's key, whose tokens carry the roles (portal,
 * analyst) in their "groups" claim.
 */
public final class DevToken {

    static final String DEFAULT_ISSUER = "https://partner-tier.dev";
    static final String DEFAULT_AUDIENCE = "partner-tier";

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("keys")) {
            keys(Path.of(args[1]));
        } else if (args.length >= 3 && args[0].equals("token")) {
            System.out.println(token(Path.of(args[1]), Arrays.copyOfRange(args, 2, args.length)));
        } else {
            System.err.println("usage: java tools/DevToken.java keys DIR | token DIR ROLE... [--issuer URL] [--audience NAME] [--subject NAME] [--minutes N]");
            System.exit(2);
        }
    }

    static void keys(Path dir) throws Exception {
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path privateKey = dir.resolve("private.pem");
        Files.deleteIfExists(privateKey);
        if (privateKey.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // Readable by its owner only, from the moment it exists, as ssh-keygen leaves a private key.
            Files.createFile(privateKey, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(dir.resolve("public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        System.out.println("wrote " + dir.resolve("private.pem") + " and " + dir.resolve("public.pem"));
    }

    static String token(Path dir, String[] rest) throws Exception {
        String issuer = DEFAULT_ISSUER;
        String audience = DEFAULT_AUDIENCE;
        String subject = "dev-user";
        long minutes = 60;
        StringBuilder roles = new StringBuilder();
        for (int i = 0; i < rest.length; i++) {
            switch (rest[i]) {
                case "--issuer" -> issuer = rest[++i];
                case "--audience" -> audience = rest[++i];
                case "--subject" -> subject = rest[++i];
                case "--minutes" -> minutes = Long.parseLong(rest[++i]);
                default -> roles.append(roles.isEmpty() ? "" : ",").append('"').append(rest[i]).append('"');
            }
        }
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + issuer + "\",\"aud\":\"" + audience + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject + "\",\"groups\":[" + roles
                + "],\"iat\":" + now + ",\"exp\":" + (now + minutes * 60) + "}";
        String signed = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(privateKey(dir.resolve("private.pem")));
        rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
        return signed + "." + b64(rsa.sign());
    }

    private static PrivateKey privateKey(Path pem) throws Exception {
        String base64 = Files.readAllLines(pem).stream().filter(l -> !l.startsWith("-----")).collect(Collectors.joining());
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
