import type { Catalog } from './en';

/** 简体中文。术语与 OpenAI 中文界面一致：API 密钥、组织、项目。 */
export const zh_CN: Catalog = {
  extensionName: 'Key Doctor',
  extensionDescription: '在你把 OpenAI API 密钥粘贴到网站时就发现问题，并准确告诉你哪里不对、如何修复。',

  check_mode_auto_label: '自动检查',
  check_mode_auto_detail: '当你粘贴一个看起来完整的密钥时，Key Doctor 会向 OpenAI 询问它是否可用。',
  check_mode_auto_chosen: 'Key Doctor 会自动向 OpenAI 检查你粘贴的密钥。',
  check_mode_ask_label: '先问我',
  check_mode_ask_detail: 'Key Doctor 会在输入框旁提供检查；在你点击之前不会发送任何内容。',
  check_mode_ask_chosen: 'Key Doctor 会在每次检查前征求你的同意，在你点击之前不发送任何内容。',
  check_mode_never_label: '从不',
  check_mode_never_detail: '只在这台电脑上查看密钥的格式，不会向 OpenAI 发送任何内容。',
  check_mode_never_chosen: 'Key Doctor 只会查看密钥的格式，不会向 OpenAI 发送任何内容。',
  check_mode_not_chosen: '你还没有选择：在你选择之前，Key Doctor 会在每次检查前询问你。',

  welcome_title: '欢迎使用 Key Doctor',
  welcome_intro: '当你把 OpenAI API 密钥粘贴到网站或应用中时，Key Doctor 会当场检查：密钥前后多余的文字、被截断或打码的副本、其他服务商的密钥，或与该密钥不匹配的设置（Base URL、组织、项目、模型）。它会告诉你哪里出了问题，以及如何修复。',
  welcome_sends_heading: '发送什么，发往哪里',
  welcome_sends_key: '为了确认 OpenAI 是否接受某个密钥，Key Doctor 会像应用一样，把该密钥放在请求的 Authorization 头中发送给 OpenAI（{host}，或应用使用的区域主机），不会发送到其他任何地方。',
  welcome_sends_status: '它会读取 OpenAI 的公开状态页（{host}），以区分服务故障和密钥错误。此功能可以关闭。',
  welcome_keeps: '它从不保存你的密钥，只保存自己的设置、你添加的密钥提示，以及每个网站的打码副本和指纹。',
  welcome_question: '粘贴密钥时，是否让 Key Doctor 向 OpenAI 检查它？',
  welcome_until_answered: '在你作答之前，Key Doctor 会在每次检查前询问你。',
  welcome_save: '保存我的选择',
  welcome_choose_first: '请先从三个选项中选择一个。',
  welcome_save_failed: '无法保存你的选择，请重试。',
  welcome_saved: '已保存。{choice}',
  welcome_change_later: '你可以随时在 Key Doctor 的设置中更改此项。现在可以关闭此标签页了。',
  welcome_open_settings: '打开设置',

  host_access_title: 'Key Doctor 无法访问网站',
  host_access_body: '它访问网站的权限已被关闭，因此无法查看你粘贴密钥的输入框。它只需要此权限来读取这些输入框；页面中只有你粘贴的密钥（以及应用的组织和项目）会被发送，而且只发给 OpenAI 用于检查。',
  host_access_allow: '允许访问网站',
  host_access_refused: '未获得访问权限。你可以稍后在这里或在浏览器的扩展程序设置中允许。',

  confirm_cancel: '取消',
};
