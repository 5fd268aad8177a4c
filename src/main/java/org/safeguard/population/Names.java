package org.safeguard.population;

import java.util.SplittableRandom;

/** Common Chinese surnames (roughly by frequency) and given-name characters. */
final class Names {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆峰建国志文博晨阳鸿睿泽轩宏亮东海林";
    private static final String FEMALE = "芳娜敏静丽艳娟霞秀玲桂英华燕红梅兰琳雪婷颖洁慧佳欣怡萍倩雯晶蓉莉璐瑶琴玉凤春菊";

    private Names() {
    }

    static String surname(SplittableRandom random) {
        // Skewed towards the front of the list, as surnames are in reality.
        double u = random.nextDouble();
        int index = (int) (u * u * SURNAMES.length());
        return String.valueOf(SURNAMES.charAt(index));
    }

    static String given(SplittableRandom random, boolean male) {
        String pool = male ? MALE : FEMALE;
        StringBuilder sb = new StringBuilder(2);
        sb.append(pool.charAt(random.nextInt(pool.length())));
        if (random.nextInt(100) < 70) {
            sb.append(pool.charAt(random.nextInt(pool.length())));
        }
        return sb.toString();
    }
}
