package com.carenext.security;

import com.carenext.shared.BusinessRuleException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.passay.CharacterCharacteristicsRule;
import org.passay.CharacterRule;
import org.passay.DictionaryRule;
import org.passay.EnglishCharacterData;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rules (Passay): at least N characters of at least K kinds (lower case, upper case, digits,
 * symbols), not the user name (forwards or backwards), and not a common or leaked password. The last is checked
 * against the bundled list {@code security/common-passwords.txt}, case-insensitively, also after undoing "leet"
 * substitutions ({@code P@ssw0rd} is {@code password}) and without the digits and symbols people add at the end
 * ({@code Password2024!} is {@code password}).
 */
@Component
class PasswordPolicy {

    static final String COMMON_PASSWORDS = "security/common-passwords.txt";
    private static final int MAX_LENGTH = 128;
    /** Substitutions people make for letters; a digit 1 stands for i or l, so both readings are tried. */
    private static final List<String[]> LEET = List.of(
            new String[]{"0o", "1i", "3e", "4a", "5s", "7t", "@a", "$s", "!i"},
            new String[]{"0o", "1l", "3e", "4a", "5s", "7t", "@a", "$s", "!l"});

    private final SecuritySettings.Password rule;
    private final PasswordValidator shape;
    private final PasswordValidator notUsername;
    private final PasswordValidator notCommon;

    PasswordPolicy(SecuritySettings settings) {
        this.rule = settings.password();
        this.shape = new PasswordValidator(new LengthRule(rule.minLength(), MAX_LENGTH),
                new CharacterCharacteristicsRule(rule.minKinds(),
                        new CharacterRule(EnglishCharacterData.LowerCase, 1),
                        new CharacterRule(EnglishCharacterData.UpperCase, 1),
                        new CharacterRule(EnglishCharacterData.Digit, 1),
                        new CharacterRule(EnglishCharacterData.Special, 1)));
        this.notUsername = new PasswordValidator(new UsernameRule(true, true));
        this.notCommon = new PasswordValidator(new DictionaryRule(new WordListDictionary(commonPasswords())));
    }

    void check(String username, String password) {
        if (password == null || !shape.validate(new PasswordData(password)).isValid()) {
            throw new BusinessRuleException("password.weak", rule.minLength(), rule.minKinds());
        }
        if (!notUsername.validate(new PasswordData(username, password)).isValid()) {
            throw new BusinessRuleException("password.containsUsername");
        }
        for (String candidate : readings(password)) {
            if (!notCommon.validate(new PasswordData(candidate)).isValid()) {
                throw new BusinessRuleException("password.common");
            }
        }
    }

    /** The password as typed, without its trailing digits and symbols, and each of them with leet undone. */
    static Set<String> readings(String password) {
        Set<String> readings = new LinkedHashSet<>();
        String lower = password.toLowerCase(Locale.ROOT);
        String core = lower.replaceFirst("[^a-z]+$", "");
        for (String form : core.length() >= 4 && !core.equals(lower) ? List.of(lower, core) : List.of(lower)) {
            readings.add(form);
            for (String[] substitutions : LEET) {
                String plain = form;
                for (String substitution : substitutions) {
                    plain = plain.replace(substitution.charAt(0), substitution.charAt(1));
                }
                readings.add(plain);
                String plainCore = plain.replaceFirst("[^a-z]+$", "");
                if (plainCore.length() >= 4) {
                    readings.add(plainCore);
                }
            }
        }
        return readings;
    }

    private static ArrayWordList commonPasswords() {
        try (InputStream in = new ClassPathResource(COMMON_PASSWORDS).getInputStream()) {
            String[] words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .distinct()
                    .toArray(String[]::new);
            return new ArrayWordList(words, false, new ArraysSort());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COMMON_PASSWORDS, e);
        }
    }
}
