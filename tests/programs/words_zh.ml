# lang: zh
# 统计文本中的字符

函数 元音数(文本: 字符串) -> 整数:
    令 计数 = 0
    对于 字 里 文本:
        如果 字 里 "aeiouAEIOU":
            计数 += 1
    返回 计数


令 句子 = "The quick brown fox 跳过 the lazy dog"
打印("长度", len(句子))
打印("元音", 元音数(句子))
打印(句子.upper())
打印(句子.replace("the", "一只"), 句子.find("fox"), 句子.startswith("The"))
令 反转 = ""
对于 字 里 句子:
    反转 = 字 + 反转
打印(反转)
打印(f"{元音数(句子) / len(句子):.1%}", str(3.0), int("42") + 1, float("2.5") * 2)
