package com.carenext.security;

import com.carenext.shared.Actor;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description: two ways to authenticate, either suffices — a personal access token
 * ({@code Authorization: Bearer …}, made at {@code POST /api/v1/tokens} or on the page 访问令牌) or HTTP Basic on the
 * same accounts (under the lockout rules; sent without waiting for a challenge). The {@link Actor} parameter is
 * never a request input.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI carenextOpenApi() {
        return new OpenAPI()
                .info(new Info().title("CareNext 关工委工作平台 API").version("v1")
                        .description("所有接口按调用者所在组织的子树限定数据范围；错误为 RFC 9457 problem detail。"
                                + "认证：访问令牌（Authorization: Bearer 令牌，POST /api/v1/tokens 创建，只显示一次）"
                                + "或 HTTP Basic（同一账号与锁定规则；请直接发送，服务器不发 Basic 质询）。"
                                + "手机号等个人信息均已遮蔽，完整信息须通过记入审计的 …/reveal 接口查看。"))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("个人访问令牌（cnt_…）"))
                        .addSecuritySchemes("basic",
                                new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
