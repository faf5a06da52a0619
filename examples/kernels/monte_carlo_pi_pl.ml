# lang: pl
# Szacowanie liczby pi metodą Monte Carlo z generatorem liniowym kongruencyjnym.

funkcja szacuj_pi(proby: calkowita, ziarno: calkowita) -> zmiennoprzecinkowa:
    niech stan = ziarno
    niech trafienia = 0
    niech licznik = 0
    dopoki licznik < proby:
        stan = (stan * 1103515245 + 12345) % 2147483648
        niech x = stan / 2147483648.0
        stan = (stan * 1103515245 + 12345) % 2147483648
        niech y = stan / 2147483648.0
        jesli x * x + y * y <= 1.0:
            trafienia += 1
        licznik += 1
    zwroc 4.0 * zmiennoprzecinkowy(trafienia) / zmiennoprzecinkowy(proby)
