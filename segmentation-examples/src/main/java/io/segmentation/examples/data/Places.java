package io.segmentation.examples.data;

import java.util.List;

/**
 * Where sample customers live: ten countries weighted roughly like a European shop's customer base, each with a few
 * cities weighted by size, their region, postal-code prefixes and coordinates.
 */
final class Places {

    /** A city customers live in; {@code postalPrefixes} are alternatives separated by {@code |}. */
    record City(
            String country,
            String name,
            String region,
            String postalPrefixes,
            double latitude,
            double longitude,
            double weight) {}

    record Country(String code, double weight, List<City> cities) {}

    static final List<Country> COUNTRIES = List.of(
            new Country(
                    "DE",
                    30,
                    List.of(
                            new City("DE", "Berlin", "Berlin", "10|12|13", 52.520, 13.405, 36),
                            new City("DE", "Potsdam", "Brandenburg", "144", 52.391, 13.065, 4),
                            new City("DE", "Hamburg", "Hamburg", "20|22", 53.551, 9.994, 18),
                            new City("DE", "München", "Bayern", "80|81", 48.137, 11.575, 15),
                            new City("DE", "Köln", "Nordrhein-Westfalen", "50|51", 50.938, 6.960, 11),
                            new City("DE", "Frankfurt am Main", "Hessen", "60", 50.110, 8.682, 8),
                            new City("DE", "Stuttgart", "Baden-Württemberg", "70", 48.776, 9.183, 6),
                            new City("DE", "Leipzig", "Sachsen", "04", 51.340, 12.375, 6))),
            new Country(
                    "FR",
                    12,
                    List.of(
                            new City("FR", "Paris", "Île-de-France", "750", 48.857, 2.352, 21),
                            new City("FR", "Lyon", "Auvergne-Rhône-Alpes", "690", 45.764, 4.836, 5),
                            new City("FR", "Marseille", "Provence-Alpes-Côte d'Azur", "130", 43.296, 5.370, 5),
                            new City("FR", "Toulouse", "Occitanie", "310", 43.605, 1.444, 4),
                            new City("FR", "Bordeaux", "Nouvelle-Aquitaine", "330", 44.838, -0.579, 3))),
            new Country(
                    "NL",
                    8,
                    List.of(
                            new City("NL", "Amsterdam", "Noord-Holland", "10", 52.370, 4.895, 9),
                            new City("NL", "Rotterdam", "Zuid-Holland", "30", 51.924, 4.478, 6),
                            new City("NL", "Utrecht", "Utrecht", "35", 52.091, 5.122, 4),
                            new City("NL", "Eindhoven", "Noord-Brabant", "56", 51.441, 5.470, 3))),
            new Country(
                    "AT",
                    8,
                    List.of(
                            new City("AT", "Wien", "Wien", "1", 48.208, 16.373, 19),
                            new City("AT", "Graz", "Steiermark", "80", 47.070, 15.439, 3),
                            new City("AT", "Linz", "Oberösterreich", "40", 48.306, 14.286, 2),
                            new City("AT", "Salzburg", "Salzburg", "50", 47.809, 13.055, 2),
                            new City("AT", "Innsbruck", "Tirol", "60", 47.269, 11.404, 2))),
            new Country(
                    "CH",
                    7,
                    List.of(
                            new City("CH", "Zürich", "Zürich", "80", 47.377, 8.541, 8),
                            new City("CH", "Genève", "Genève", "12", 46.204, 6.143, 4),
                            new City("CH", "Basel", "Basel-Stadt", "40", 47.560, 7.588, 3),
                            new City("CH", "Bern", "Bern", "30", 46.948, 7.447, 3),
                            new City("CH", "Lausanne", "Vaud", "10", 46.520, 6.633, 3))),
            new Country(
                    "GB",
                    10,
                    List.of(
                            new City("GB", "London", "England", "N1|E2|SE1|SW4|W11|NW3|EC1A", 51.507, -0.128, 27),
                            new City("GB", "Manchester", "England", "M1|M4|M14", 53.481, -2.243, 5),
                            new City("GB", "Edinburgh", "Scotland", "EH1|EH3|EH9", 55.953, -3.188, 3),
                            new City("GB", "Bristol", "England", "BS1|BS6", 51.454, -2.588, 3),
                            new City("GB", "Cardiff", "Wales", "CF10|CF24", 51.481, -3.179, 2))),
            new Country(
                    "US",
                    8,
                    List.of(
                            new City("US", "New York", "New York", "100|112", 40.713, -74.006, 19),
                            new City("US", "San Francisco", "California", "941", 37.775, -122.419, 6),
                            new City("US", "Chicago", "Illinois", "606", 41.878, -87.630, 8),
                            new City("US", "Austin", "Texas", "787", 30.267, -97.743, 4),
                            new City("US", "Seattle", "Washington", "981", 47.606, -122.332, 4))),
            new Country(
                    "ES",
                    7,
                    List.of(
                            new City("ES", "Madrid", "Comunidad de Madrid", "280", 40.417, -3.704, 16),
                            new City("ES", "Barcelona", "Cataluña", "080", 41.385, 2.173, 12),
                            new City("ES", "Valencia", "Comunitat Valenciana", "460", 39.470, -0.376, 5),
                            new City("ES", "Sevilla", "Andalucía", "410", 37.389, -5.984, 4))),
            new Country(
                    "IT",
                    6,
                    List.of(
                            new City("IT", "Roma", "Lazio", "001", 41.903, 12.496, 13),
                            new City("IT", "Milano", "Lombardia", "201", 45.464, 9.190, 12),
                            new City("IT", "Torino", "Piemonte", "101", 45.070, 7.687, 4),
                            new City("IT", "Napoli", "Campania", "801", 40.852, 14.268, 4),
                            new City("IT", "Bologna", "Emilia-Romagna", "401", 44.494, 11.343, 3))),
            new Country(
                    "PL",
                    4,
                    List.of(
                            new City("PL", "Warszawa", "Mazowieckie", "00|01|02", 52.230, 21.012, 9),
                            new City("PL", "Kraków", "Małopolskie", "30|31", 50.065, 19.945, 4),
                            new City("PL", "Wrocław", "Dolnośląskie", "50|51", 51.108, 17.039, 3),
                            new City("PL", "Gdańsk", "Pomorskie", "80", 54.352, 18.647, 2),
                            new City("PL", "Poznań", "Wielkopolskie", "60|61", 52.406, 16.925, 2))));

    private static final String POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private Places() {}

    static City city(Draws draws) {
        Country country = COUNTRIES.get(draws.weightedIndex(
                COUNTRIES.stream().mapToDouble(Country::weight).toArray()));
        List<City> cities = country.cities();
        return cities.get(
                draws.weightedIndex(cities.stream().mapToDouble(City::weight).toArray()));
    }

    /** A postal code in the city's national format: 10437, 75011, 1012 AB, SW4 7QD, 00-950, 8001. */
    static String postalCode(City city, Draws draws) {
        String prefix = draws.pick(List.of(city.postalPrefixes().split("\\|")));
        return switch (city.country()) {
            case "NL" -> prefix + digits(draws, 4 - prefix.length()) + " " + letters(draws, 2);
            case "GB" -> prefix + " " + draws.below(10) + letters(draws, 2);
            case "PL" -> prefix + "-" + digits(draws, 3);
            case "AT", "CH" -> prefix + digits(draws, 4 - prefix.length());
            default -> prefix + digits(draws, 5 - prefix.length());
        };
    }

    private static String digits(Draws draws, int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(draws.below(10));
        }
        return digits.toString();
    }

    private static String letters(Draws draws, int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append(POSTCODE_LETTERS.charAt(draws.below(POSTCODE_LETTERS.length())));
        }
        return letters.toString();
    }
}
