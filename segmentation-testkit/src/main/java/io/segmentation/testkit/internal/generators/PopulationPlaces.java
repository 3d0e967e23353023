package io.segmentation.testkit.internal.generators;

import java.util.List;

/**
 * Where synthetic customers live: countries weighted by a European shop's market, real cities weighted by size, with
 * their region, centre and a pattern of postal codes ({@code d} a digit, {@code L} a capital letter, anything else
 * as is).
 */
final class PopulationPlaces {

    /** A city: its country, name, region, centre, relative weight within the country, postal-code pattern. */
    record City(
            String country,
            String name,
            String region,
            double latitude,
            double longitude,
            double weight,
            String postalPattern) {}

    /** A country: its ISO code, weight in the customer base, and cities. */
    record Country(String code, double weight, List<City> cities) {
        /** The cities' weights, in order. */
        double[] cityWeights() {
            return cities.stream().mapToDouble(City::weight).toArray();
        }
    }

    static final List<Country> COUNTRIES = List.of(
            country(
                    "DE",
                    26,
                    city("DE", "Berlin", "Berlin", 52.520, 13.405, 3.7, "10ddd"),
                    city("DE", "Hamburg", "Hamburg", 53.551, 9.994, 1.9, "20ddd"),
                    city("DE", "München", "Bayern", 48.137, 11.575, 1.5, "80ddd"),
                    city("DE", "Köln", "Nordrhein-Westfalen", 50.938, 6.960, 1.1, "50ddd"),
                    city("DE", "Frankfurt am Main", "Hessen", 50.110, 8.682, 0.77, "60ddd"),
                    city("DE", "Stuttgart", "Baden-Württemberg", 48.776, 9.183, 0.63, "70ddd"),
                    city("DE", "Düsseldorf", "Nordrhein-Westfalen", 51.227, 6.773, 0.62, "40ddd"),
                    city("DE", "Leipzig", "Sachsen", 51.340, 12.375, 0.6, "04ddd"),
                    city("DE", "Dortmund", "Nordrhein-Westfalen", 51.514, 7.468, 0.59, "44ddd"),
                    city("DE", "Dresden", "Sachsen", 51.050, 13.738, 0.56, "01ddd")),
            country(
                    "FR",
                    12,
                    city("FR", "Paris", "Île-de-France", 48.857, 2.352, 2.1, "750dd"),
                    city("FR", "Marseille", "Provence-Alpes-Côte d'Azur", 43.296, 5.370, 0.87, "130dd"),
                    city("FR", "Lyon", "Auvergne-Rhône-Alpes", 45.764, 4.836, 0.52, "690dd"),
                    city("FR", "Toulouse", "Occitanie", 43.605, 1.444, 0.5, "310dd"),
                    city("FR", "Nice", "Provence-Alpes-Côte d'Azur", 43.710, 7.262, 0.34, "060dd"),
                    city("FR", "Bordeaux", "Nouvelle-Aquitaine", 44.838, -0.579, 0.26, "330dd"),
                    city("FR", "Lille", "Hauts-de-France", 50.629, 3.057, 0.23, "590dd")),
            country(
                    "GB",
                    11,
                    city("GB", "London", "Greater London", 51.507, -0.128, 8.9, "SWd dLL"),
                    city("GB", "Birmingham", "West Midlands", 52.486, -1.890, 1.1, "Bd dLL"),
                    city("GB", "Manchester", "Greater Manchester", 53.481, -2.243, 0.55, "Md dLL"),
                    city("GB", "Leeds", "West Yorkshire", 53.801, -1.549, 0.79, "LSd dLL"),
                    city("GB", "Glasgow", "Scotland", 55.864, -4.252, 0.63, "Gd dLL"),
                    city("GB", "Edinburgh", "Scotland", 55.953, -3.188, 0.53, "EHd dLL"),
                    city("GB", "Bristol", "South West England", 51.454, -2.588, 0.47, "BSd dLL")),
            country(
                    "NL",
                    7,
                    city("NL", "Amsterdam", "Noord-Holland", 52.368, 4.904, 0.87, "10dd LL"),
                    city("NL", "Rotterdam", "Zuid-Holland", 51.924, 4.478, 0.65, "30dd LL"),
                    city("NL", "Den Haag", "Zuid-Holland", 52.070, 4.300, 0.55, "25dd LL"),
                    city("NL", "Utrecht", "Utrecht", 52.091, 5.122, 0.36, "35dd LL"),
                    city("NL", "Eindhoven", "Noord-Brabant", 51.441, 5.470, 0.24, "56dd LL")),
            country(
                    "AT",
                    6,
                    city("AT", "Wien", "Wien", 48.208, 16.373, 1.9, "1dd0"),
                    city("AT", "Graz", "Steiermark", 47.070, 15.440, 0.29, "80dd"),
                    city("AT", "Linz", "Oberösterreich", 48.306, 14.286, 0.21, "40dd"),
                    city("AT", "Salzburg", "Salzburg", 47.810, 13.055, 0.16, "50dd"),
                    city("AT", "Innsbruck", "Tirol", 47.269, 11.404, 0.13, "60dd")),
            country(
                    "CH",
                    5,
                    city("CH", "Zürich", "Zürich", 47.377, 8.541, 0.42, "80dd"),
                    city("CH", "Genève", "Genève", 46.204, 6.143, 0.2, "12dd"),
                    city("CH", "Basel", "Basel-Stadt", 47.560, 7.589, 0.17, "40dd"),
                    city("CH", "Lausanne", "Vaud", 46.520, 6.633, 0.14, "10dd"),
                    city("CH", "Bern", "Bern", 46.948, 7.447, 0.13, "30dd")),
            country(
                    "IT",
                    8,
                    city("IT", "Roma", "Lazio", 41.903, 12.496, 2.8, "001dd"),
                    city("IT", "Milano", "Lombardia", 45.464, 9.190, 1.4, "201dd"),
                    city("IT", "Napoli", "Campania", 40.852, 14.268, 0.91, "801dd"),
                    city("IT", "Torino", "Piemonte", 45.070, 7.687, 0.85, "101dd"),
                    city("IT", "Bologna", "Emilia-Romagna", 44.495, 11.343, 0.39, "401dd")),
            country(
                    "ES",
                    7,
                    city("ES", "Madrid", "Comunidad de Madrid", 40.417, -3.704, 3.3, "280dd"),
                    city("ES", "Barcelona", "Cataluña", 41.387, 2.168, 1.6, "080dd"),
                    city("ES", "Valencia", "Comunidad Valenciana", 39.470, -0.376, 0.79, "460dd"),
                    city("ES", "Sevilla", "Andalucía", 37.389, -5.984, 0.69, "410dd")),
            country(
                    "PL",
                    5,
                    city("PL", "Warszawa", "mazowieckie", 52.230, 21.012, 1.8, "0d-ddd"),
                    city("PL", "Kraków", "małopolskie", 50.065, 19.945, 0.78, "3d-ddd"),
                    city("PL", "Łódź", "łódzkie", 51.759, 19.456, 0.67, "9d-ddd"),
                    city("PL", "Wrocław", "dolnośląskie", 51.108, 17.039, 0.64, "5d-ddd"),
                    city("PL", "Poznań", "wielkopolskie", 52.406, 16.925, 0.53, "6d-ddd")),
            country(
                    "BE",
                    4,
                    city("BE", "Bruxelles", "Bruxelles-Capitale", 50.850, 4.352, 1.2, "10d0"),
                    city("BE", "Antwerpen", "Antwerpen", 51.219, 4.402, 0.53, "20d0"),
                    city("BE", "Gent", "Oost-Vlaanderen", 51.054, 3.717, 0.26, "90d0"),
                    city("BE", "Liège", "Liège", 50.633, 5.567, 0.2, "40d0")),
            country(
                    "SE",
                    3,
                    city("SE", "Stockholm", "Stockholms län", 59.329, 18.069, 0.98, "1dd dd"),
                    city("SE", "Göteborg", "Västra Götalands län", 57.709, 11.975, 0.58, "41d dd"),
                    city("SE", "Malmö", "Skåne län", 55.605, 13.004, 0.35, "21d dd")),
            country(
                    "US",
                    6,
                    city("US", "New York", "NY", 40.713, -74.006, 8.3, "100dd"),
                    city("US", "Los Angeles", "CA", 34.052, -118.244, 3.9, "900dd"),
                    city("US", "Chicago", "IL", 41.878, -87.630, 2.7, "606dd"),
                    city("US", "Houston", "TX", 29.760, -95.370, 2.3, "770dd"),
                    city("US", "San Francisco", "CA", 37.775, -122.419, 0.87, "941dd"),
                    city("US", "Seattle", "WA", 47.606, -122.332, 0.74, "981dd"),
                    city("US", "Boston", "MA", 42.360, -71.059, 0.68, "021dd")));

    private static final double[] COUNTRY_WEIGHTS =
            COUNTRIES.stream().mapToDouble(Country::weight).toArray();
    private static final double[][] CITY_WEIGHTS =
            COUNTRIES.stream().map(Country::cityWeights).toArray(double[][]::new);

    private PopulationPlaces() {}

    private static City city(
            String country, String name, String region, double lat, double lon, double weight, String postal) {
        return new City(country, name, region, lat, lon, weight, postal);
    }

    private static Country country(String code, double weight, City... cities) {
        return new Country(code, weight, List.of(cities));
    }

    /** A city, by country weight and then by size. */
    static City city(PopulationRandom random) {
        int country = random.weighted(COUNTRY_WEIGHTS);
        return COUNTRIES.get(country).cities().get(random.weighted(CITY_WEIGHTS[country]));
    }

    /** A postal code following the city's pattern. */
    static String postalCode(City city, PopulationRandom random) {
        String pattern = city.postalPattern();
        char[] code = new char[pattern.length()];
        for (int i = 0; i < code.length; i++) {
            char c = pattern.charAt(i);
            code[i] = c == 'd' ? (char) ('0' + random.below(10)) : c == 'L' ? (char) ('A' + random.below(26)) : c;
        }
        return new String(code);
    }
}
