# lang: fr
# `while` est le mot-clé anglais ; en français, c'est `tantque`.

déf compter(n: entier) -> entier:
    soit i = 0
    while i < n:
        i += 1
    retour i
