retorna x
